/** `npm run catalogue`: rewrites the README's troubleshooting section from test/bad-inputs. */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { allCases } from "../test/bad-inputs/all-cases";
import { withCatalogue } from "../test/bad-inputs/catalogue";

const path = join(__dirname, "..", "README.md");
writeFileSync(path, withCatalogue(readFileSync(path, "utf8"), allCases));
process.stdout.write(`README.md: ${allCases.length} bad inputs\n`);
