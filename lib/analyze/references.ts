/**
 * Every paper the report cites (collected from the notebooks and lib/analyze's text), with a link
 * to its arXiv abstract page or its DOI, so citations can be hyperlinks and each chapter can end
 * with a References list.
 * @module
 */

/** One cited paper. */
export interface Reference {
  /** Anchor id (`ref-<id>` on a page). */
  id: string;
  /** Authors as cited: first authors, then "et al." for long lists. */
  authors: string;
  /** Short in-text form ("Kaplan et al. 2020"). */
  cite: string;
  /** Year. */
  year: number;
  /** Title. */
  title: string;
  /** Venue, where the report names one. */
  venue?: string;
  /** https://arxiv.org/abs/… or https://doi.org/… (for a `web` source, its https page). */
  link: string;
  /** A source that is not a paper (an open letter): linked to its web page. */
  web?: true;
}

const arxiv = (id: string) => `https://arxiv.org/abs/${id}`;

/** The references, alphabetical by id. */
export const REFERENCES: readonly Reference[] = [
  {
    id: "besiroglu2024",
    authors: "T. Besiroglu, E. Erdil, M. Barnett, J. You",
    cite: "Besiroglu et al. 2024",
    year: 2024,
    title: "Chinchilla Scaling: A replication attempt",
    link: arxiv("2404.10102"),
  },
  {
    id: "biderman2023",
    authors: "S. Biderman, H. Schoelkopf, Q. Anthony, et al.",
    cite: "Biderman et al. 2023",
    year: 2023,
    title: "Pythia: A Suite for Analyzing Large Language Models Across Training and Scaling",
    venue: "ICML 2023",
    link: arxiv("2304.01373"),
  },
  {
    id: "brown2020",
    authors: "T. Brown, B. Mann, N. Ryder, M. Subbiah, et al.",
    cite: "Brown et al. 2020",
    year: 2020,
    title: "Language Models are Few-Shot Learners",
    venue: "NeurIPS 2020",
    link: arxiv("2005.14165"),
  },
  {
    id: "caballero2022",
    authors: "E. Caballero, K. Gupta, I. Rish, D. Krueger",
    cite: "Caballero et al. 2022",
    year: 2022,
    title: "Broken Neural Scaling Laws",
    link: arxiv("2210.14891"),
  },
  {
    id: "chowdhery2022",
    authors: "A. Chowdhery, S. Narang, J. Devlin, et al.",
    cite: "Chowdhery et al. 2022",
    year: 2022,
    title: "PaLM: Scaling Language Modeling with Pathways",
    link: arxiv("2204.02311"),
  },
  {
    id: "fli2023",
    authors: "Future of Life Institute",
    cite: "Future of Life Institute 2023",
    year: 2023,
    title: "Pause Giant AI Experiments: An Open Letter",
    link: "https://futureoflife.org/open-letter/pause-giant-ai-experiments/",
    web: true,
  },
  {
    id: "hendrycks2021",
    authors: "D. Hendrycks, C. Burns, S. Basart, A. Zou, M. Mazeika, D. Song, J. Steinhardt",
    cite: "Hendrycks et al. 2021",
    year: 2021,
    title: "Measuring Massive Multitask Language Understanding",
    venue: "ICLR 2021",
    link: arxiv("2009.03300"),
  },
  {
    id: "hoffmann2022",
    authors: "J. Hoffmann, S. Borgeaud, A. Mensch, et al.",
    cite: "Hoffmann et al. 2022",
    year: 2022,
    title: "Training Compute-Optimal Large Language Models",
    link: arxiv("2203.15556"),
  },
  {
    id: "hu2023",
    authors: "S. Hu, X. Liu, X. Han, et al.",
    cite: "Hu et al. 2023",
    year: 2023,
    title: "Predicting Emergent Abilities with Infinite Resolution Evaluation",
    venue: "ICLR 2024",
    link: arxiv("2310.03262"),
  },
  {
    id: "kaplan2020",
    authors: "J. Kaplan, S. McCandlish, T. Henighan, et al.",
    cite: "Kaplan et al. 2020",
    year: 2020,
    title: "Scaling Laws for Neural Language Models",
    link: arxiv("2001.08361"),
  },
  {
    id: "lu2024",
    authors: "S. Lu, I. Bigoulaeva, R. Sachdeva, H. Tayyar Madabushi, I. Gurevych",
    cite: "Lu et al. 2024",
    year: 2024,
    title: "Are Emergent Abilities in Large Language Models just In-Context Learning?",
    venue: "ACL 2024",
    link: "https://doi.org/10.18653/v1/2024.acl-long.279",
  },
  {
    id: "mckenzie2023",
    authors: "I. R. McKenzie, A. Lyzhov, M. Pieler, et al.",
    cite: "McKenzie et al. 2023",
    year: 2023,
    title: "Inverse Scaling: When Bigger Isn't Better",
    venue: "TMLR",
    link: arxiv("2306.09479"),
  },
  {
    id: "openai2023",
    authors: "OpenAI",
    cite: "OpenAI 2023",
    year: 2023,
    title: "GPT-4 Technical Report",
    link: arxiv("2303.08774"),
  },
  {
    id: "pearce2024",
    authors: "T. Pearce, J. Song",
    cite: "Pearce & Song 2024",
    year: 2024,
    title: "Reconciling Kaplan and Chinchilla Scaling Laws",
    link: arxiv("2406.12907"),
  },
  {
    id: "porian2024",
    authors: "T. Porian, M. Wortsman, J. Jitsev, L. Schmidt, Y. Carmon",
    cite: "Porian et al. 2024",
    year: 2024,
    title: "Resolving Discrepancies in Compute-Optimal Scaling of Language Models",
    venue: "NeurIPS 2024",
    link: arxiv("2406.19146"),
  },
  {
    id: "ruan2024",
    authors: "Y. Ruan, C. J. Maddison, T. Hashimoto",
    cite: "Ruan et al. 2024",
    year: 2024,
    title: "Observational Scaling Laws and the Predictability of Language Model Performance",
    venue: "NeurIPS 2024",
    link: arxiv("2405.10938"),
  },
  {
    id: "sardana2023",
    authors: "N. Sardana, J. Portes, S. Doubov, J. Frankle",
    cite: "Sardana et al. 2023",
    year: 2023,
    title: "Beyond Chinchilla-Optimal: Accounting for Inference in Language Model Scaling Laws",
    link: arxiv("2401.00448"),
  },
  {
    id: "schaeffer2023",
    authors: "R. Schaeffer, B. Miranda, S. Koyejo",
    cite: "Schaeffer et al. 2023",
    year: 2023,
    title: "Are Emergent Abilities of Large Language Models a Mirage?",
    venue: "NeurIPS 2023",
    link: arxiv("2304.15004"),
  },
  {
    id: "srivastava2022",
    authors: "A. Srivastava, A. Rastogi, A. Rao, et al.",
    cite: "Srivastava et al. 2022",
    year: 2022,
    title:
      "Beyond the Imitation Game: Quantifying and extrapolating the capabilities of language models",
    link: arxiv("2206.04615"),
  },
  {
    id: "touvron2023",
    authors: "H. Touvron, T. Lavril, G. Izacard, et al.",
    cite: "Touvron et al. 2023",
    year: 2023,
    title: "LLaMA: Open and Efficient Foundation Language Models",
    link: arxiv("2302.13971"),
  },
  {
    id: "touvron2023llama2",
    authors: "H. Touvron, L. Martin, K. Stone, et al.",
    cite: "Touvron et al. 2023 (Llama 2)",
    year: 2023,
    title: "Llama 2: Open Foundation and Fine-Tuned Chat Models",
    link: arxiv("2307.09288"),
  },
  {
    id: "wallat2020",
    authors: "J. Wallat, J. Singh, A. Anand",
    cite: "Wallat et al. 2020",
    year: 2020,
    title: "BERTnesia: Investigating the capture and forgetting of knowledge in BERT",
    link: arxiv("2010.09313"),
  },
  {
    id: "wei2022cot",
    authors: "J. Wei, X. Wang, D. Schuurmans, M. Bosma, B. Ichter, F. Xia, E. Chi, Q. Le, D. Zhou",
    cite: "Wei et al. 2022 (chain of thought)",
    year: 2022,
    title: "Chain-of-Thought Prompting Elicits Reasoning in Large Language Models",
    venue: "NeurIPS 2022",
    link: arxiv("2201.11903"),
  },
  {
    id: "wei2022emergent",
    authors: "J. Wei, Y. Tay, R. Bommasani, et al.",
    cite: "Wei et al. 2022",
    year: 2022,
    title: "Emergent Abilities of Large Language Models",
    venue: "TMLR",
    link: arxiv("2206.07682"),
  },
  {
    id: "wei2022ushaped",
    authors: "J. Wei, N. Kim, Y. Tay, Q. V. Le",
    cite: "Wei, Tay & Le 2022",
    year: 2022,
    title: "Inverse scaling can become U-shaped",
    link: arxiv("2211.02011"),
  },
  {
    id: "zhang2022",
    authors: "S. Zhang, S. Roller, N. Goyal, et al.",
    cite: "Zhang et al. 2022",
    year: 2022,
    title: "OPT: Open Pre-trained Transformer Language Models",
    link: arxiv("2205.01068"),
  },
];

/**
 * A reference by id.
 *
 * @throws {RangeError} naming the unknown id and the known ones.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { reference } from "./references.ts";
 * assert.equal(reference("kaplan2020").link, "https://arxiv.org/abs/2001.08361");
 * ```
 */
export function reference(id: string): Reference {
  const found = REFERENCES.find((r) => r.id === id);
  if (found === undefined) {
    throw new RangeError(
      `reference: unknown id "${id}"; known ids: ${REFERENCES.map((r) => r.id).join(", ")}`,
    );
  }
  return found;
}

/**
 * One entry of a References list in markdown: authors, year, linked title, venue.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { reference, referenceMarkdown } from "./references.ts";
 * assert.equal(referenceMarkdown(reference("wei2022ushaped")),
 *   "J. Wei, N. Kim, Y. Tay, Q. V. Le (2022). [Inverse scaling can become U-shaped](https://arxiv.org/abs/2211.02011).");
 * ```
 */
export function referenceMarkdown(ref: Reference): string {
  return `${ref.authors} (${ref.year}). [${ref.title}](${ref.link})${
    ref.venue ? `. ${ref.venue}` : ""
  }.`;
}
