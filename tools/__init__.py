"""What the tests and the benchmarks share: building the site, serving it on 127.0.0.1, the browser's
flags, the reader queries. Neither imports the other's internals."""
