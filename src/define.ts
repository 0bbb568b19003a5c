/** Registers all three tags, each only if it is still free. */
import './event-banner/define.js';
import './callback-form/define.js';
import './article-card/define.js';
