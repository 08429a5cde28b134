/**
 * The example values of the templates `npm run new` writes, by field path
 * (`claim.citations[].quote`), as YAML. They tell a made-up story (a town's
 * swimming pool), so that no site's own content leaks into another's templates;
 * the template's tests fill a template in with them and check it against a
 * source of that story: each one must be valid, and the quotes must stand in it.
 */

/** A field of the schema without an example here makes `npm run new` fail, and its tests. */
export const EXAMPLES: Record<string, string> = {
  "claim.claim": '"La maire a annoncé la fermeture définitive de la piscine municipale."',
  "claim.verdict": "faux",
  "claim.summary": '"Elle a seulement dit que la piscine fermerait « pour travaux » cet été."',
  "claim.citations[].id": "travaux",
  "claim.citations[].source": "gazette-piscine",
  "claim.citations[].quote": '"la piscine fermera pour travaux en juillet"',
  "claim.citations[].prefix": '"la maire a confirmé que"',
  "claim.citations[].suffix": '", a-t-elle précisé"',
  "claim.citations[].note": '"Une fermeture pour l’été, pas pour toujours."',
  "claim.verbatim": "false",
  "claim.claimant": '"Message viral sur les réseaux sociaux"',
  "claim.claimantKind": "anonymous",
  "claim.claimDate": "2026-02-09",
  "claim.appearance": "{ platform: X, date: 2026-02-09 }",
  "claim.headline": '"Non, Amine Kessaci ne s’est pas déclaré candidat aux législatives"',
  "claim.updated": "2026-02-12",
  "claim.authors": "[Rédaction Citable]",
  "claim.tags": "[Piscine, Budget municipal]",
  "claim.lang": "fr",
  "claim.draft": "true",
  "claim.corrections[].date": "2026-02-12",
  "claim.corrections[].note": '"La date de l’entretien a été corrigée."',
  "claim.corrections[].previousVerdict": "plutot-vrai",
  "source.title": '"La piscine municipale fermera pour travaux en juillet"',
  "source.publisher": "Le Journal",
  "source.published": "2026-02-09",
  "source.url": "https://example.org/article",
  "source.lang": "fr",
  "source.author": "Jeanne Martin",
  "source.note": '"L’adresse de l’article n’a pas été relevée."',
  "source.titleByEditor": "true",
};
