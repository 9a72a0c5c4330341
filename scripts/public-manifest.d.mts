export interface ManifestItem {
  name: string;
  description?: string;
  summary?: string;
  type?: { text?: string };
  default?: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  attribute?: string;
  fieldName?: string;
  readonly?: boolean;
  parameters?: { name: string; type?: { text?: string }; optional?: boolean }[];
  inheritedFrom?: { name: string; module?: string };
}
export interface ManifestDeclaration {
  kind: string;
  name: string;
  tagName?: string;
  description?: string;
  summary?: string;
  members?: ManifestItem[];
  attributes?: ManifestItem[];
  events?: ManifestItem[];
  slots?: ManifestItem[];
  cssParts?: ManifestItem[];
  cssProperties?: ManifestItem[];
}
export interface Manifest {
  schemaVersion: string;
  modules: { kind: string; path: string; declarations?: ManifestDeclaration[]; exports?: unknown[] }[];
}

export function isPublic(item: ManifestItem): boolean;
export function publicManifest<T>(manifest: T): T;
export function declarations(manifest: Manifest): (ManifestDeclaration & { path: string })[];
export function declarationOf(manifest: Manifest, name: string): (ManifestDeclaration & { path: string }) | undefined;
