/** Registers `<article-card>` if the tag is still free, and exports its class. */
import { ArticleCard } from './article-card.js';

ArticleCard.define();

export { ArticleCard };
