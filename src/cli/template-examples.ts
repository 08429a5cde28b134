/**
 * The example values of the templates `npm run new` writes, by field path
 * (`claim.citations[].quote`), as YAML. They come from the example site, and
 * the template's tests fill a template in with them and check it: each one
 * must be valid, and the quotes must stand in their source.
 */

/** A field of the schema without an example here makes `npm run new` fail, and its tests. */
export const EXAMPLES: Record<string, string> = {
  "claim.claim": '"Amine Kessaci s’est déclaré candidat aux élections législatives."',
  "claim.verdict": "faux",
  "claim.summary":
    '"Il a seulement dit qu’il serait « prêt » à se mobiliser si on le lui demandait."',
  "claim.citations[].id": "pret",
  "claim.citations[].source": "kessaci-association-nationale",
  "claim.citations[].quote": '"je serai prêt à le faire dans une prochaine campagne"',
  "claim.citations[].prefix": '"Si on me demande de me mobiliser,"',
  "claim.citations[].suffix": '", a-t-il déclaré"',
  "claim.citations[].note": '"Une disponibilité, pas une candidature."',
  "claim.verbatim": "false",
  "claim.claimant": '"Message viral sur les réseaux sociaux"',
  "claim.claimantKind": "anonymous",
  "claim.claimDate": "2026-02-09",
  "claim.appearance": "{ platform: X, date: 2026-02-09 }",
  "claim.headline": '"Non, Amine Kessaci ne s’est pas déclaré candidat aux législatives"',
  "claim.updated": "2026-02-12",
  "claim.authors": "[Rédaction Citable]",
  "claim.tags": "[Amine Kessaci, Élections]",
  "claim.lang": "fr",
  "claim.draft": "true",
  "claim.corrections[].date": "2026-02-12",
  "claim.corrections[].note": '"La date de l’entretien a été corrigée."',
  "claim.corrections[].previousVerdict": "plutot-vrai",
  "source.title":
    '"Amine Kessaci, militant anti-narcotrafic, prêt à se mobiliser pour une campagne législative"',
  "source.publisher": "Le Journal",
  "source.published": "2026-02-09",
  "source.url": "https://example.org/article",
  "source.lang": "fr",
  "source.author": "Jeanne Martin",
  "source.note": '"L’adresse de l’article n’a pas été relevée."',
  "source.titleByEditor": "true",
};
