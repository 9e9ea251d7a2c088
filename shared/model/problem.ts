/** Something wrong with a stored value or a command's input, tied to a field where it has one. */
export interface Problem {
  readonly field?: string;
  readonly message: string;
}
