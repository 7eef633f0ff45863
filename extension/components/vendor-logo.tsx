/**
 * A vendor's logo, loaded only when the owner asks, so opening a vendor does not tell the logo's host when
 * the owner looks at it.
 */
import { Button } from "@fluentui/react-components";
import { useEffect, useState } from "react";

/**
 * A vendor's logo, fetched only when the owner asks: the address came from a page or a shared pack,
 * and loading it when the vendor is opened would tell that host when the owner looks at this vendor
 * (issue 19, finding 9). Asking again is needed for a new address.
 */
export function VendorLogo({ url, name }: { url: string | undefined; name: string }) {
  const [shown, setShown] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new address must be asked for again.
  useEffect(() => setShown(false), [url]);
  if (url === undefined) return null;
  if (!shown) {
    return (
      <Button
        size="small"
        appearance="subtle"
        onClick={() => setShown(true)}
        style={{ alignSelf: "flex-start" }}
      >
        {`Show logo (loads it from ${new URL(url).host})`}
      </Button>
    );
  }
  return (
    <img
      src={url}
      alt={`${name} logo`}
      referrerPolicy="no-referrer"
      style={{ maxWidth: 96, maxHeight: 48, objectFit: "contain" }}
    />
  );
}
