/** Parses the arguments of `load()` into a tree of scalar names and navigation paths. */

export interface LoadTree {
  /** `load()` with nothing named: every scalar property. */
  all: boolean;
  scalars: Set<string>;
  nav: Map<string, LoadTree>;
}

export function emptyTree(all = false): LoadTree {
  return { all, scalars: new Set(), nav: new Map() };
}

function addPath(tree: LoadTree, path: string): void {
  const segments = path
    .split("/")
    .map((segment) => segment.trim())
    .filter((segment) => segment !== "");
  let node = tree;
  segments.forEach((segment, index) => {
    if (index === segments.length - 1) {
      node.scalars.add(segment);
      return;
    }
    let child = node.nav.get(segment);
    if (!child) {
      child = emptyTree();
      node.nav.set(segment, child);
    }
    node = child;
  });
}

function addPaths(tree: LoadTree, paths: unknown): void {
  const list = typeof paths === "string" ? paths.split(",") : Array.isArray(paths) ? paths : [];
  for (const path of list) {
    if (typeof path === "string") for (const part of path.split(",")) addPath(tree, part);
  }
}

/**
 * `load("values, address")`, `load(["values", "address"])`, `load("items/name")`,
 * `load({ select: "values", expand: "format/font" })`, `load({ values: true, format: { font: true } })`,
 * and `load()` (every scalar).
 */
export function parseLoad(argument: unknown): LoadTree {
  if (argument === undefined || argument === null) return emptyTree(true);
  const tree = emptyTree();
  if (typeof argument === "string" || Array.isArray(argument)) {
    addPaths(tree, argument);
    return tree;
  }
  if (typeof argument === "object") {
    const bag = argument as Record<string, unknown>;
    if ("select" in bag || "expand" in bag) {
      addPaths(tree, bag.select);
      const expand =
        typeof bag.expand === "string" ? bag.expand.split(",") : Array.isArray(bag.expand) ? bag.expand : [];
      for (const path of expand) {
        if (typeof path !== "string") continue;
        const segments = path.split("/").map((s) => s.trim());
        let node = tree;
        for (const segment of segments) {
          let child = node.nav.get(segment);
          if (!child) {
            child = emptyTree();
            node.nav.set(segment, child);
          }
          node = child;
        }
        node.all = true;
      }
      if (!("select" in bag)) tree.all = true;
      return tree;
    }
    for (const [key, value] of Object.entries(bag)) {
      if (value === true) tree.scalars.add(key);
      else if (value && typeof value === "object") tree.nav.set(key, parseLoad(value));
    }
    return tree;
  }
  return tree;
}
