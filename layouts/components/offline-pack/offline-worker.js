// The offline pack's service worker, bundled once per build (scripts/offline.ts) and written to each language's
// folder with that language's file list in place of self.__WB_MANIFEST. It only answers from its precache:
// every other request goes to the network as if it were not there, and it stores nothing it was not listed.
// No skipWaiting: a new build's worker waits until no tab of the guide is open, so no tab mixes two builds.
import { clientsClaim, setCacheNameDetails } from "workbox-core";
import { cleanupOutdatedCaches, precacheAndRoute } from "workbox-precaching";

// Cache names: "afg-offline-precache-v2-<scope>", so the control can find and delete every one.
setCacheNameDetails({ prefix: "afg-offline" });
// The first pack serves the tab that saved it at once; later workers take over only when the old one has no tabs.
clientsClaim();
cleanupOutdatedCaches();
// The pages read their query themselves (?q=, ?highlight=), and Pagefind asks for its entry file with ?ts=.
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/./] });
