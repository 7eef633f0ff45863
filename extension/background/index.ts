import "../bridge/listen";
import { startBackground } from "./start-background";

startBackground();
