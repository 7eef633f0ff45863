/** The review directories whose pages get a "✓" badge once the owner opts in (optional_host_permissions). */
export const DIRECTORY_ORIGINS = [
  "https://*.trustpilot.com/*",
  "https://*.g2.com/*",
  "https://*.capterra.com/*",
  "https://*.clutch.co/*",
  "https://*.yelp.com/*",
  "https://*.upwork.com/*",
] as const;

export type PermissionsApi = Pick<typeof chrome.permissions, "contains" | "request" | "remove">;

export function hasDirectoryAccess(permissions: PermissionsApi): Promise<boolean> {
  return permissions.contains({ origins: [...DIRECTORY_ORIGINS] });
}

/** Must run inside a click handler: Chrome asks the owner only in response to a gesture. */
export function requestDirectoryAccess(permissions: PermissionsApi): Promise<boolean> {
  return permissions.request({ origins: [...DIRECTORY_ORIGINS] });
}

export function dropDirectoryAccess(permissions: PermissionsApi): Promise<boolean> {
  return permissions.remove({ origins: [...DIRECTORY_ORIGINS] });
}
