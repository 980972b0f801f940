// Loader hook of recordLoadedModules.mjs (runs on Node's loader thread): reports each loaded URL.
let port;

export function initialize(data) {
  port = data.port;
}

export async function load(url, context, nextLoad) {
  port.postMessage(url);
  return nextLoad(url, context);
}
