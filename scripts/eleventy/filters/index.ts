// Every pure filter, registered by name in a loop (see ../filters-plugin.ts).
export { formatDate } from "./format-date.ts";
export { isoDate } from "./iso-date.ts";
export { sectionPages } from "./section-pages.ts";
export { neighbours } from "./neighbours.ts";
export { translationOf } from "./translation-of.ts";
export { headings } from "./headings.ts";
export { splitPanels } from "./split-panels.ts";
export { qrSvg } from "./qr-svg.ts";
export { printOutputs } from "./print-outputs.ts";
export { printablesOf } from "./printables-of.ts";
export { startPages } from "./start-pages.ts";
export { ownFirst } from "./own-first.ts";
export { localOrganization } from "./local-organization.ts";
export { searchWords } from "./search-words.ts";
export { telHref } from "./tel-href.ts";
export { smsHref } from "./sms-href.ts";
export { placeholderAddress } from "./placeholder-address.ts";
