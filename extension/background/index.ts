import { startBackground } from "./start-background";

startBackground();
