import type { ReactNode } from 'react';
import { parse } from 'regexparam';

/** One route of the tree as `<Route>` declares it: a page (`path`/`index`) or a layout (`children`). */
export interface RouteObject {
  path?: string;
  index?: boolean;
  /** Undefined for a pathless grouping route: it renders its matched child directly. */
  element?: ReactNode;
  children?: RouteObject[];
}

/** Route parameters, decoded (`:documentId` -> `documentId`, a splat -> `*`). */
export type Params = Readonly<Record<string, string | undefined>>;

export interface RouteMatch {
  /** Outermost layout first; each renders the next through `<Outlet/>`. */
  elements: (ReactNode | undefined)[];
  params: Params;
}

interface Branch {
  pattern: RegExp;
  keys: string[];
  elements: (ReactNode | undefined)[];
  score: number;
}

/**
 * Flattens a route tree into full-path branches once and returns a matcher for pathnames. Ranking
 * follows react-router (static segments beat `:params` beat `*`), so declaration order matters only
 * between equally specific routes; patterns are matched by regexparam (wouter's own matcher).
 */
export function createRouteMatcher(routes: RouteObject[]): (pathname: string) => RouteMatch | null {
  const branches: Branch[] = [];
  flatten(routes, '', [], branches);
  // Array.prototype.sort is stable: equal scores keep declaration order.
  branches.sort((a, b) => b.score - a.score);
  return (pathname) => {
    for (const branch of branches) {
      const found = branch.pattern.exec(pathname);
      if (!found) continue;
      const params: Record<string, string> = {};
      branch.keys.forEach((key, i) => {
        params[key] = safeDecode(found[i + 1] ?? '');
      });
      return { elements: branch.elements, params };
    }
    return null;
  };
}

function flatten(
  routes: RouteObject[],
  parentPath: string,
  parentElements: Branch['elements'],
  out: Branch[],
) {
  for (const route of routes) {
    const path = joinPaths(parentPath, route.path);
    const elements = [...parentElements, route.element];
    if (route.children?.length) {
      if (route.index) throw new Error('an index route cannot have child routes');
      flatten(route.children, path, elements, out);
    }
    // A pathless layout matches only through its children.
    if (route.path === undefined && !route.index) continue;
    const { pattern, keys } = parse(path);
    out.push({ pattern, keys, elements, score: score(path, route.index === true) });
  }
}

// Like react-router: child paths are relative to their parent's; a pathless route adds nothing.
function joinPaths(parent: string, path: string | undefined): string {
  return (path?.startsWith('/') ? path : `${parent}/${path ?? ''}`).replace(/\/\/+/g, '/');
}

// react-router's computeScore: more segments and more static segments rank higher.
function score(path: string, index: boolean): number {
  const segments = path.split('/');
  let total = segments.length + (segments.includes('*') ? -2 : 0) + (index ? 2 : 0);
  for (const segment of segments) {
    if (segment === '*') continue;
    total += segment.startsWith(':') ? 3 : segment === '' ? 1 : 10;
  }
  return total;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    // A malformed escape stays as typed, like react-router does.
    return value;
  }
}
