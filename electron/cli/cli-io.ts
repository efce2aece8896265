// Where a command writes: stdout and stderr, or in-memory buffers in tests.

export interface CliOutput {
  write(text: string): unknown;
}

export interface CliIo {
  readonly stdout: CliOutput;
  readonly stderr: CliOutput;
}
