// Minimal types for cli-progress (the package ships none).
declare module "cli-progress" {
  interface Options {
    stream?: NodeJS.WritableStream;
    noTTYOutput?: boolean;
    notTTYSchedule?: number;
    hideCursor?: boolean;
    format?: string;
  }
  class SingleBar {
    constructor(options: Options, preset?: object);
    start(total: number, start: number, payload?: object): void;
    update(value: number, payload?: object): void;
    setTotal(total: number): void;
    increment(delta?: number, payload?: object): void;
    stop(): void;
  }
  class MultiBar {
    constructor(options: Options, preset?: object);
    create(total: number, start: number, payload?: object): SingleBar;
    stop(): void;
  }
  const Presets: {shades_classic: object; rect: object; legacy: object};
  export default {SingleBar, MultiBar, Presets};
  export {SingleBar, MultiBar, Presets};
}
