import { render } from "preact";
import { gatewayUrl } from "./net/gatewayUrl";
import { GatewayLink } from "./net/link";
import { DashboardStore } from "./state/store";
import "./styles.css";
import { App } from "./views/App";

const store = new DashboardStore();
const link = new GatewayLink(
  gatewayUrl(window.location),
  { message: store.receive, status: store.setLink },
  () => store.current.live.lastSeq,
);
render(<App store={store} />, document.getElementById("app")!);
link.start();
