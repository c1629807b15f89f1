// The support card as a phone renders it (components/resources-card.tsx), without a browser: a link
// the template schema accepts but whose address is not valid percent-encoding ("tel:%zz") is shown
// as written instead of throwing — decodeURIComponent threw, and the card, on every participant
// screen, would have taken the page down with it.
import { createElement, type ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { IntlProvider } from "use-intl";
import { describe, expect, it } from "vitest";
import { ResourcesCard } from "../../components/resources-card";
import common from "../../messages/en/common.json";
import { parseTemplateContent } from "../../lib/template-schema";

describe("the support card", () => {
  it("shows a phone or e-mail link whose address cannot be decoded as it is written", () => {
    const resources = {
      title: "Support",
      intro: "",
      items: [
        { label: "Helpline", url: "tel:%zz-0800" },
        { label: "Write to us", url: "mailto:help%ZZ@example.org" },
        { label: "Samaritans", url: "tel:116%20123" },
      ],
    };
    const card = createElement(ResourcesCard, { resources });
    const intl = { locale: "en", messages: { common }, timeZone: "UTC" } as ComponentProps<typeof IntlProvider>;
    const html = renderToStaticMarkup(createElement(IntlProvider, intl, card));
    expect(html).toContain("%zz-0800");
    expect(html).toContain("help%ZZ@example.org");
    expect(html).toContain("116 123"); // a valid one is still decoded
  });

  it("takes such a link from a template: the schema lets it through, so the card must cope", () => {
    const url = "tel:%zz-0800";
    const parsed = parseTemplateContent({
      schemaVersion: 1,
      title: "T",
      contentNote: "Note",
      resources: { title: "Support", intro: "", items: [{ label: "Helpline", url }] },
      steps: [{ key: "a", title: "A", body: "Text." }],
    });
    expect(parsed.ok && parsed.content.resources.items[0]?.url).toBe(url);
  });
});
