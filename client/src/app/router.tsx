// The app's router: react-router's declarative API (the part Weft uses) on top of wouter's history
// navigation and regexparam matching, at a fraction of react-router's bytes in every route's entry.
import {
  Children,
  type ComponentPropsWithRef,
  createContext,
  Fragment,
  isValidElement,
  type MouseEvent,
  type ReactNode,
  startTransition,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useState,
} from 'react';
import { navigate as historyNavigate } from 'wouter/use-browser-location';
import { createRouteMatcher, type Params, type RouteObject } from './createRouteMatcher.ts';
import { resolveTo } from './resolveTo.ts';

export type { Params } from './createRouteMatcher.ts';

export interface RouterLocation {
  pathname: string;
  /** `?a=1`, or '' */
  search: string;
  /** `#x`, or '' */
  hash: string;
}

export interface NavigateOptions {
  replace?: boolean;
}

export type NavigateFunction = (to: string, options?: NavigateOptions) => void;

const LocationContext = createContext<RouterLocation | null>(null);
const ParamsContext = createContext<Params>({});
const OutletContext = createContext<ReactNode>(null);

// Importing wouter's browser location patches history.pushState/replaceState to dispatch these.
const HISTORY_EVENTS = ['popstate', 'pushState', 'replaceState'] as const;

function browserLocation(): RouterLocation {
  const { pathname, search, hash } = window.location;
  return { pathname, search, hash };
}

function hrefOf(location: RouterLocation): string {
  return location.pathname + location.search + location.hash;
}

/** Holds the browser location for everything below; one per app, around `<Routes>`. */
export function BrowserRouter({ children }: { children: ReactNode }) {
  const [location, setLocation] = useState(browserLocation);
  useLayoutEffect(() => {
    const sync = () => {
      const next = browserLocation();
      // A transition, as in react-router: the current page stays up while the next one's chunk loads.
      startTransition(() => setLocation((prev) => (hrefOf(prev) === hrefOf(next) ? prev : next)));
    };
    for (const type of HISTORY_EVENTS) window.addEventListener(type, sync);
    // Catches a navigation made between the first render and this effect.
    sync();
    return () => {
      for (const type of HISTORY_EVENTS) window.removeEventListener(type, sync);
    };
  }, []);
  return <LocationContext.Provider value={location}>{children}</LocationContext.Provider>;
}

export function useLocation(): RouterLocation {
  const location = useContext(LocationContext);
  if (!location) throw new Error('useLocation() must be used inside <BrowserRouter>');
  return location;
}

function navigateTo(to: string, options: NavigateOptions = {}): void {
  const href = resolveTo(to, hrefOf(browserLocation()));
  if (href === null) {
    if (options.replace) window.location.replace(to);
    else window.location.assign(to);
    return;
  }
  historyNavigate(href, { replace: options.replace ?? false });
}

/** Paths resolve as an href would from the current URL; the function is stable across renders. */
export function useNavigate(): NavigateFunction {
  return navigateTo;
}

export interface NavigateProps {
  to: string;
  replace?: boolean;
}

/** Navigates once rendered (after commit, like react-router's `<Navigate>`). */
export function Navigate({ to, replace = false }: NavigateProps): null {
  useEffect(() => navigateTo(to, { replace }), [to, replace]);
  return null;
}

export interface LinkProps extends Omit<ComponentPropsWithRef<'a'>, 'href'> {
  to: string;
  replace?: boolean;
}

/** An `<a>` that navigates in the app; modified, non-primary and other-target clicks stay the browser's. */
export function Link({ to, replace, onClick, target, ...anchor }: LinkProps) {
  const here = hrefOf(useLocation());
  const href = resolveTo(to, here);
  const click = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (href === null || event.defaultPrevented || event.button !== 0) return;
    if ((target && target !== '_self') || event.metaKey || event.altKey || event.ctrlKey || event.shiftKey)
      return;
    event.preventDefault();
    // As in react-router, a link to where we are replaces the entry instead of stacking a duplicate.
    historyNavigate(href, { replace: replace ?? href === here });
  };
  return <a {...anchor} href={href ?? to} target={target} onClick={click} />;
}

export function useParams(): Params {
  return useContext(ParamsContext);
}

export type SetSearchParams = (
  init: ConstructorParameters<typeof URLSearchParams>[0],
  options?: NavigateOptions,
) => void;

function setSearchParams(...[init, options]: Parameters<SetSearchParams>): void {
  const query = new URLSearchParams(init).toString();
  navigateTo(`${window.location.pathname}${query ? `?${query}` : ''}`, options);
}

export function useSearchParams(): [URLSearchParams, SetSearchParams] {
  const { search } = useLocation();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  return [params, setSearchParams];
}

/** Renders the matched child route of the layout route it is placed in. */
export function Outlet() {
  return useContext(OutletContext);
}

export interface RouteProps {
  path?: string;
  index?: boolean;
  element?: ReactNode;
  children?: ReactNode;
}

/** Declares a route for the enclosing `<Routes>`, which reads its props; never rendered itself. */
export function Route(_props: RouteProps): never {
  throw new Error('<Route> must be a child of <Routes> or of another <Route>');
}

export interface RoutesProps {
  children: ReactNode;
  /** Matches this location instead of the browser's (as react-router's `<Routes location>`). */
  location?: RouterLocation;
}

/**
 * Renders the best-matching route with its layouts (react-router ranking, pathless layout routes,
 * `index`, `*`). One `<Routes>` for the app: nested `<Routes>` with relative paths are not supported.
 */
export function Routes({ children, location }: RoutesProps) {
  const current = useContext(LocationContext);
  const here = location ?? current;
  if (!here) throw new Error('<Routes> must be used inside <BrowserRouter> or given a location');
  const match = useMemo(() => createRouteMatcher(routesOf(children)), [children]);
  const found = useMemo(() => match(here.pathname), [match, here.pathname]);
  if (!found) return null;
  // Every level sits at the same depth whatever matched, so a layout shared by two routes stays
  // mounted (and keeps its state) when navigating between them.
  let outlet: ReactNode = null;
  for (const element of [...found.elements].reverse()) {
    outlet = (
      <OutletContext.Provider value={outlet}>
        {element === undefined ? <Outlet /> : element}
      </OutletContext.Provider>
    );
  }
  const tree = <ParamsContext.Provider value={found.params}>{outlet}</ParamsContext.Provider>;
  return location ? <LocationContext.Provider value={location}>{tree}</LocationContext.Provider> : tree;
}

function routesOf(children: ReactNode): RouteObject[] {
  const routes: RouteObject[] = [];
  Children.forEach(children, (child) => {
    if (!isValidElement<RouteProps>(child)) return;
    if (child.type === Fragment) {
      routes.push(...routesOf(child.props.children));
      return;
    }
    if (child.type !== Route)
      throw new Error('<Routes> accepts only <Route> elements (or fragments of them)');
    const { path, index, element, children: nested } = child.props;
    routes.push({ path, index, element, children: nested === undefined ? undefined : routesOf(nested) });
  });
  return routes;
}
