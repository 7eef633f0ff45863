/**
 * The service worker's entry: registers the bridge listener and starts the background at the top level, where
 * MV3 needs listeners to be added.
 */
import "../bridge/listen";
import { startBackground } from "./start-background";

startBackground();
