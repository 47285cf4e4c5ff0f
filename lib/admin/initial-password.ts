import { randomInt } from "node:crypto";

/** No 0/O, 1/I/L: nothing that can be misread when the password is read aloud or copied by hand. */
export const INITIAL_PASSWORD_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/**
 * A one-time password such as "K7QM-3XTA-PW9R-E4HN": 16 crypto-random characters from a
 * 31-character alphabet (about 79 bits), in groups of four so it can be handed over by phone.
 */
export function generateInitialPassword(): string {
  const groups = Array.from({ length: 4 }, () =>
    Array.from(
      { length: 4 },
      () => INITIAL_PASSWORD_ALPHABET[randomInt(INITIAL_PASSWORD_ALPHABET.length)],
    ).join(""),
  );
  return groups.join("-");
}
