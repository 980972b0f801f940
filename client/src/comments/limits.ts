// Mirrors COMMENT_QUOTE_MAX of @weft/protocol: importing the value would bring zod into the bundle.
export const COMMENT_QUOTE_MAX = 1000;
