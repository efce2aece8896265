// ELK's minified worker entry ships no typings of its own; it exports the in-thread worker class.
declare module 'elkjs/lib/elk-worker.min.js' {
  const FakeWorker: unknown;
  export default FakeWorker;
}
