// Word lists for the synthetic corpus. Every name, outlet and place here is invented or
// generic; the phrases use typographic apostrophes (’) as French copy does.

/** A grammatical subject and whether the verb takes its plural form. */
export interface Subject {
  text: string;
  plural: boolean;
}

const singular = (text: string): Subject => ({ text, plural: false });
const plural = (text: string): Subject => ({ text, plural: true });

export const subjects: readonly Subject[] = [
  singular("le maire de la ville"),
  singular("la préfète de police"),
  singular("le ministre de l’Intérieur"),
  singular("la garde des Sceaux"),
  singular("l’adjointe chargée de la sécurité"),
  singular("le procureur de la République"),
  singular("la présidente de la région"),
  singular("le syndicat des commissaires"),
  singular("l’association des maires ruraux"),
  singular("le collectif des familles de victimes"),
  singular("l’observatoire régional des drogues"),
  singular("le député de la circonscription"),
  singular("la sénatrice des Bouches-du-Rhône"),
  singular("le conseil départemental"),
  singular("l’Assemblée nationale"),
  singular("le gouvernement"),
  singular("l’avocat de la famille"),
  singular("le rapporteur du texte"),
  singular("la chambre régionale des comptes"),
  singular("l’inspection générale de l’administration"),
  singular("la commission d’enquête"),
  singular("le porte-parole du gouvernement"),
  singular("la directrice de l’école"),
  plural("les élus de l’opposition"),
  plural("les habitants du quartier"),
  plural("les enquêteurs de l’office antistupéfiants"),
  plural("les associations de quartier"),
  plural("les magistrats du parquet"),
  plural("les bailleurs sociaux"),
  plural("les éducateurs de rue"),
];

/** Transitive verbs in the passé composé or present: [singular, plural]. */
export const verbs: readonly (readonly [string, string])[] = [
  ["a annoncé", "ont annoncé"],
  ["a présenté", "ont présenté"],
  ["a confirmé", "ont confirmé"],
  ["a dénoncé", "ont dénoncé"],
  ["a réclamé", "ont réclamé"],
  ["a obtenu", "ont obtenu"],
  ["a détaillé", "ont détaillé"],
  ["a critiqué", "ont critiqué"],
  ["a défendu", "ont défendu"],
  ["a promis", "ont promis"],
  ["a salué", "ont salué"],
  ["a contesté", "ont contesté"],
  ["a évoqué", "ont évoqué"],
  ["a rappelé", "ont rappelé"],
  ["prévoit", "prévoient"],
  ["examine", "examinent"],
  ["propose", "proposent"],
  ["redoute", "redoutent"],
  ["soutient", "soutiennent"],
  ["met en cause", "mettent en cause"],
];

export const objects: readonly string[] = [
  "un plan de lutte contre le trafic",
  "la création d’une cellule d’enquête",
  "l’ouverture d’une information judiciaire",
  "une hausse des effectifs de police",
  "le renforcement des contrôles dans les gares",
  "un budget supplémentaire pour la prévention",
  "la fermeture de plusieurs points de deal",
  "un rapport sur la sécurité des quartiers",
  "des mesures d’accompagnement pour les familles",
  "l’extension de la vidéoprotection",
  "la saisie de plusieurs kilos de résine",
  "un dispositif d’aide aux jeunes",
  "le bilan de l’année écoulée",
  "un calendrier de mise en œuvre",
  "la réforme de la procédure pénale",
  "le statut de repenti",
  "un fonds pour les communes rurales",
  "la réouverture du commissariat",
  "le recrutement d’éducateurs spécialisés",
  "une mission d’information parlementaire",
  "l’expulsion des locataires condamnés",
  "la protection des témoins menacés",
  "un audit des marchés publics",
  "la coopération avec les ports européens",
];

export const complements: readonly string[] = [
  "à Marseille",
  "dans les quartiers nord",
  "depuis le début de l’année",
  "lors d’une conférence de presse",
  "au cours du conseil municipal",
  "devant la commission des lois",
  "à l’issue d’une réunion à la préfecture",
  "dans un communiqué publié jeudi",
  "après plusieurs mois d’enquête",
  "en fin de semaine",
  "au printemps prochain",
  "d’ici à la fin du mandat",
  "sur l’ensemble du territoire",
  "à Nîmes et à Grenoble",
  "malgré les critiques de l’opposition",
  "en réponse aux questions des journalistes",
  "selon un document consulté par la rédaction",
  "dans une lettre adressée au président",
  "à la veille des élections",
  "pour la troisième fois en deux ans",
];

export const intros: readonly string[] = [
  "Selon nos informations",
  "Mardi soir",
  "Dans un entretien accordé à la presse régionale",
  "D’après les chiffres du ministère",
  "Quelques jours plus tard",
  "En début d’après-midi",
  "Pour la première fois",
  "Au total",
  "De son côté",
  "Dans la foulée",
  "À l’époque",
  "Aujourd’hui encore",
];

export const incises: readonly string[] = [
  "adopté en première lecture au printemps",
  "très attendu par les élus locaux",
  "déjà évoqué l’an dernier",
  "que personne n’avait vu venir",
  "présenté comme une priorité",
];

export const speech: readonly string[] = [
  "Nous ne lâcherons rien",
  "C’est une question de survie pour la République",
  "Il faut des moyens, pas seulement des annonces",
  "On ne peut pas laisser ces quartiers seuls",
  "Personne n’a vu venir ce phénomène il y a vingt ans",
  "Les familles attendent des réponses concrètes",
  "Ce n’est plus possible de faire machine arrière",
  "Nous avons besoin de l’État à nos côtés",
  "Les petites communes se sentent abandonnées",
  "La justice doit passer, et vite",
];

export const saying: readonly string[] = [
  "a-t-il déclaré",
  "a-t-elle affirmé",
  "a-t-il précisé",
  "a-t-elle ajouté",
  "a-t-il insisté",
  "explique une habitante",
  "assure un enquêteur",
  "confie un éducateur",
];

export const questions: readonly string[] = [
  "Qui financera",
  "Faut-il craindre",
  "Comment expliquer",
  "Que deviendra",
  "Pourquoi avoir attendu",
];

export const units: readonly string[] = [
  "interpellations",
  "saisies de stupéfiants",
  "dossiers ouverts",
  "logements rénovés",
  "agents supplémentaires",
  "points de deal démantelés",
  "familles accompagnées",
];

export const names: readonly string[] = [
  "Hélène Marchand",
  "Karim Benali",
  "Sophie Lefèvre",
  "Mathieu Roussel",
  "Nadia Haddad",
  "Julien Garnier",
  "Élodie Fabre",
  "Yacine Mansouri",
  "Claire Dubois-Morel",
  "François Nguyen",
  "Inès Ferreira",
  "Lucas Ménard",
  "Aïcha Traoré",
  "Benoît Carrère",
  "Margaux Le Goff",
  "Thierry Oudin",
];

/** Invented outlets, on the reserved `.example` top-level domain. */
export const publishers: readonly { name: string; host: string }[] = [
  { name: "La Gazette du Littoral", host: "gazette-littoral.example" },
  { name: "Le Courrier de Provence", host: "courrier-provence.example" },
  { name: "Info Sud-Ouest", host: "info-sud-ouest.example" },
  { name: "L’Écho des Calanques", host: "echo-calanques.example" },
  { name: "Le Journal du Rhône", host: "journal-rhone.example" },
  { name: "Radio Méditerranée", host: "radio-mediterranee.example" },
  { name: "La Dépêche des Alpes", host: "depeche-alpes.example" },
  { name: "Le Quotidien d’Occitanie", host: "quotidien-occitanie.example" },
];

export const tags: readonly string[] = [
  "narcotrafic",
  "justice",
  "sécurité",
  "police",
  "logement",
  "jeunesse",
  "élections",
  "budget",
  "prévention",
  "prison",
  "santé",
  "éducation",
  "immigration",
  "collectivités",
  "marseille",
];

/** Verdict keys of content/ratings.yaml, each repeated by how often it is used. */
export const verdicts: readonly string[] = [
  ..."faux faux faux trompeur trompeur trompeur plutot-vrai plutot-vrai vrai vrai".split(" "),
  "inverifiable",
];
