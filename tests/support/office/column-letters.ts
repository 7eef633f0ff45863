/**
 * Excel's A1 column letters for the test doubles and engines that stand in for Excel. Written apart
 * from shared/scorecard's columnLetter on purpose: a double that borrowed the product's own function
 * would agree with its mistakes.
 *
 * @example
 * columnLetters(0) //=> "A"
 * columnLetters(27) //=> "AB"
 */
export function columnLetters(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
