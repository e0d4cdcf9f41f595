/** A `SheetLayout` the file renderer cannot draw as given: a programming error upstream, not bad user data. */
export class InvalidLayoutError extends Error {
  override readonly name = "InvalidLayoutError";
}
