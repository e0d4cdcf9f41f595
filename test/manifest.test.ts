import { existsSync, readFileSync } from "fs";
import path from "path";

// Node has no XML parser and the project adds none: this reader handles what an add-in manifest uses
// (elements, double- or single-quoted attributes, text, comments, the XML declaration) and throws on
// anything else, so a manifest it cannot read fails the test rather than passing it half-read.
interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const xmlEntities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeXmlText(raw: string): string {
  return raw.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, body: string) => {
    if (body.startsWith("#x") || body.startsWith("#X"))
      return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith("#")) return String.fromCodePoint(parseInt(body.slice(1), 10));
    const named = xmlEntities[body];
    if (named === undefined) throw new Error(`unknown XML entity ${entity}`);
    return named;
  });
}

function readAttributes(raw: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [, name, doubleQuoted, singleQuoted] of raw.matchAll(
    /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g
  )) {
    attributes[name as string] = decodeXmlText(doubleQuoted ?? singleQuoted ?? "");
  }
  return attributes;
}

function readXml(source: string): XmlElement {
  const body = source.replace(/^\uFEFF?\s*<\?xml[\s\S]*?\?>/, "").replace(/<!--[\s\S]*?-->/g, "");
  const token = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
  const documentNode: XmlElement = { name: "#document", attributes: {}, children: [], text: "" };
  const open: XmlElement[] = [documentNode];
  let offset = 0;
  for (const match of body.matchAll(token)) {
    if (match.index !== offset)
      throw new Error(`unreadable XML at offset ${offset}: ${body.slice(offset, offset + 40)}`);
    offset += match[0].length;
    const [, closing, name, attributes, selfClosing, text] = match;
    const parent = open[open.length - 1] as XmlElement;
    if (text !== undefined) {
      parent.text += decodeXmlText(text);
    } else if (closing === "/") {
      if (parent.name !== name) throw new Error(`</${name}> closes <${parent.name}>`);
      open.pop();
    } else {
      const element: XmlElement = {
        name: name as string,
        attributes: readAttributes(attributes ?? ""),
        children: [],
        text: "",
      };
      parent.children.push(element);
      if (selfClosing !== "/") open.push(element);
    }
  }
  if (offset !== body.length) throw new Error(`unreadable XML at offset ${offset}`);
  if (open.length !== 1) throw new Error(`<${open[open.length - 1]?.name}> is never closed`);
  const roots = documentNode.children;
  if (roots.length !== 1) throw new Error(`an XML document has one root element, found ${roots.length}`);
  return roots[0] as XmlElement;
}

const localName = (element: XmlElement): string => element.name.replace(/^.*:/, "");

function descendants(element: XmlElement): XmlElement[] {
  return element.children.flatMap((child) => [child, ...descendants(child)]);
}

function all(element: XmlElement, name: string): XmlElement[] {
  return descendants(element).filter((e) => localName(e) === name);
}

function one(element: XmlElement, name: string): XmlElement {
  const found = all(element, name);
  if (found.length !== 1)
    throw new Error(`expected one <${name}> in <${element.name}>, found ${found.length}`);
  return found[0] as XmlElement;
}

function child(element: XmlElement, name: string): XmlElement {
  const found = element.children.filter((c) => localName(c) === name);
  if (found.length !== 1)
    throw new Error(`expected one <${name}> under <${element.name}>, found ${found.length}`);
  return found[0] as XmlElement;
}

function attribute(element: XmlElement, name: string): string {
  const value = element.attributes[name];
  if (value === undefined) throw new Error(`<${element.name}> has no ${name} attribute`);
  return value;
}

const repoRoot = path.resolve(__dirname, "..");
const manifest = readXml(readFileSync(path.join(repoRoot, "manifest.xml"), "utf8"));
const resources = one(manifest, "Resources");
const resourceById = new Map(
  descendants(resources)
    .filter((e) => e.attributes.id !== undefined)
    .map((e) => [attribute(e, "id"), e] as const)
);
const resids = descendants(manifest)
  .map((e) => e.attributes.resid)
  .filter((resid): resid is string => resid !== undefined);

function resource(resid: string): XmlElement {
  const found = resourceById.get(resid);
  if (found === undefined) throw new Error(`resid ${resid} has no resource`);
  return found;
}

function sourceLocationResid(element: XmlElement): string {
  return attribute(one(element, "SourceLocation"), "resid");
}

function extensionPoint(type: string): XmlElement {
  const points = all(manifest, "ExtensionPoint").filter((e) => e.attributes["xsi:type"] === type);
  if (points.length !== 1) throw new Error(`expected one ${type} extension point, found ${points.length}`);
  return points[0] as XmlElement;
}

const hasThai = (text: string): boolean => /[\u0E00-\u0E7F]/.test(text);

function thaiOverride(element: XmlElement): string | undefined {
  const override = element.children.find(
    (c) => localName(c) === "Override" && c.attributes.Locale === "th-TH"
  );
  return override?.attributes.Value;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString("ascii", 12, 16) !== "IHDR") {
    throw new Error(`${file} is not a PNG`);
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The repository file an add-in URL serves: its path under the deployment root. */
function fileServedAt(url: string): string {
  return path.join(repoRoot, decodeURIComponent(new URL(url).pathname));
}

describe("the manifest reader", () => {
  it("reads elements, attributes, entities and comments", () => {
    const root = readXml(`<?xml version="1.0"?><!-- note --><a x="1 &amp; 2"><b y='z'/>t&lt;</a>`);
    expect(root.name).toBe("a");
    expect(root.attributes.x).toBe("1 & 2");
    expect(root.children[0]?.attributes.y).toBe("z");
    expect(root.text).toBe("t<");
  });

  it("rejects mismatched and unclosed tags", () => {
    expect(() => readXml("<a><b></a></b>")).toThrow("</a> closes <b>");
    expect(() => readXml("<a><b>")).toThrow("never closed");
  });
});

describe("manifest.xml", () => {
  it("is a task pane add-in for Excel workbooks", () => {
    expect(manifest.name).toBe("OfficeApp");
    expect(manifest.attributes["xsi:type"]).toBe("TaskPaneApp");
    expect(child(manifest, "Hosts").children.map((h) => h.attributes.Name)).toContain("Workbook");
    expect(child(manifest, "Id").text).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
    );
  });

  it("resolves every resid to a resource", () => {
    expect(resids.length).toBeGreaterThan(0);
    expect(resids.filter((resid) => !resourceById.has(resid))).toEqual([]);
  });

  it("keeps every resid within 32 characters", () => {
    expect(resids.filter((resid) => resid.length > 32)).toEqual([]);
  });

  it("runs the custom functions and the task pane in one shared runtime", () => {
    const runtimes = all(manifest, "Runtime");
    expect(runtimes).toHaveLength(1);
    const runtime = runtimes[0] as XmlElement;
    expect(runtime.attributes.lifetime).toBe("long");
    const shared = attribute(runtime, "resid");

    const customFunctions = extensionPoint("CustomFunctions");
    const showTaskpane = all(manifest, "Action").filter((a) => a.attributes["xsi:type"] === "ShowTaskpane");
    expect(showTaskpane).toHaveLength(1);

    expect(sourceLocationResid(one(customFunctions, "Page"))).toBe(shared);
    expect(attribute(one(manifest, "FunctionFile"), "resid")).toBe(shared);
    expect(sourceLocationResid(showTaskpane[0] as XmlElement)).toBe(shared);
    expect(one(showTaskpane[0] as XmlElement, "TaskpaneId").text).toBe("ButtonId1");
    expect(attribute(resource(shared), "DefaultValue")).toMatch(/\/taskpane\.html$/);
  });

  it("points the custom functions at functions.js and the generated functions.json", () => {
    const customFunctions = extensionPoint("CustomFunctions");
    const script = resource(sourceLocationResid(one(customFunctions, "Script")));
    const metadata = resource(sourceLocationResid(one(customFunctions, "Metadata")));
    expect(attribute(script, "DefaultValue")).toMatch(/\/functions\.js$/);
    expect(attribute(metadata, "DefaultValue")).toMatch(/\/functions\.json$/);
  });

  it("names the function namespace ITA", () => {
    const namespace = one(extensionPoint("CustomFunctions"), "Namespace");
    expect(attribute(resource(attribute(namespace, "resid")), "DefaultValue")).toBe("ITA");
  });

  it("requires the shared runtime and custom functions runtime 1.2, the version of CustomFunctions.Error", () => {
    // parameterAddresses (1.3) is optional: ITA.RANK detects its absence and falls back.
    const sets = all(child(manifest, "Requirements"), "Set").map((s) => [
      s.attributes.Name,
      s.attributes.MinVersion,
    ]);
    expect(sets).toEqual(
      expect.arrayContaining([
        ["SharedRuntime", "1.1"],
        ["CustomFunctionsRuntime", "1.2"],
      ])
    );
  });

  it("asks to read and write the workbook", () => {
    expect(child(manifest, "Permissions").text.trim()).toBe("ReadWriteDocument");
  });

  it("asks for that permission once and for nothing beyond it (no mailbox, no ReadWriteItem, no other host)", () => {
    expect(all(manifest, "Permissions").map((permissions) => permissions.text.trim())).toEqual([
      "ReadWriteDocument",
    ]);
    expect(child(manifest, "Hosts").children.map((host) => host.attributes.Name)).toEqual(["Workbook"]);
  });

  it("lets the pane navigate to no other domain (no AppDomains)", () => {
    expect(all(manifest, "AppDomain").map((domain) => domain.text.trim())).toEqual([]);
  });

  it("serves every URL from the add-in's one https origin", () => {
    const urls = descendants(manifest)
      .flatMap((e) => [
        ...Object.entries(e.attributes)
          .filter(([name]) => !name.startsWith("xmlns"))
          .map(([, v]) => v),
        e.text.trim(),
      ])
      .filter((value) => /^[a-z][a-z0-9+.-]*:\/\//i.test(value));
    const origin = new URL(attribute(resource("Taskpane.Url"), "DefaultValue")).origin;
    expect(origin).toMatch(/^https:\/\//);
    expect(urls.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  });

  it("puts its button on the Home tab", () => {
    const tab = one(extensionPoint("PrimaryCommandSurface"), "OfficeTab");
    expect(tab.attributes.id).toBe("TabHome");
  });

  it("uses https for every URL", () => {
    const urls = descendants(manifest).flatMap((e) => [
      ...Object.entries(e.attributes)
        .filter(([name]) => !name.startsWith("xmlns"))
        .map(([, value]) => value),
      e.text.trim(),
    ]);
    const linkLike = urls.filter((value) => /^[a-z][a-z0-9+.-]*:\/\//i.test(value));
    expect(linkLike.length).toBeGreaterThan(0);
    expect(linkLike.filter((url) => !url.startsWith("https://"))).toEqual([]);
  });

  it("serves every icon from assets/ at the pixel size it is declared with", () => {
    const declared: Array<{ url: string; size: number }> = [
      { url: attribute(child(manifest, "IconUrl"), "DefaultValue"), size: 32 },
      { url: attribute(child(manifest, "HighResolutionIconUrl"), "DefaultValue"), size: 64 },
      ...all(manifest, "Image")
        .filter((image) => image.attributes.resid !== undefined)
        .map((image) => ({
          url: attribute(resource(attribute(image, "resid")), "DefaultValue"),
          size: Number(attribute(image, "size")),
        })),
    ];
    expect(declared.map((icon) => icon.size).sort((a, b) => a - b)).toEqual(
      expect.arrayContaining([16, 32, 64, 80])
    );
    for (const { url, size } of declared) {
      const file = fileServedAt(url);
      expect(path.relative(repoRoot, file)).toMatch(/^assets[\\/]/);
      expect(existsSync(file)).toBe(true);
      expect({ url, ...pngSize(file) }).toEqual({ url, width: size, height: size });
    }
  });

  it("links its support URL and Get Started page to support.html, which the build makes", () => {
    const links = [
      attribute(child(manifest, "SupportUrl"), "DefaultValue"),
      attribute(resource(attribute(one(manifest, "LearnMoreUrl"), "resid")), "DefaultValue"),
    ];
    const base = attribute(resource("Taskpane.Url"), "DefaultValue").replace(/taskpane\.html$/, "");
    expect(links).toEqual([`${base}support.html`, `${base}support.html`]);
    // webpack.config.js builds support.html from this template (test/webpack-config.test.ts).
    expect(existsSync(path.join(repoRoot, "assets", "support", "support.html"))).toBe(true);
  });

  it("has a Thai display name and description", () => {
    for (const name of ["DisplayName", "Description"]) {
      const thai = thaiOverride(child(manifest, name));
      expect({ name, thai: thai !== undefined && hasThai(thai) }).toEqual({ name, thai: true });
    }
  });

  it("has a Thai override for every string shown to users", () => {
    const namespaceResid = attribute(one(extensionPoint("CustomFunctions"), "Namespace"), "resid");
    const shown = [...all(resources, "ShortStrings"), ...all(resources, "LongStrings")]
      .flatMap((group) => group.children)
      .filter((s) => attribute(s, "id") !== namespaceResid);
    expect(shown.length).toBeGreaterThan(0);
    const missing = shown.filter((s) => !hasThai(thaiOverride(s) ?? "")).map((s) => attribute(s, "id"));
    expect(missing).toEqual([]);
  });
});
