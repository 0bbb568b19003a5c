/** Registers `<callback-form>` if the tag is still free, and exports its class. */
import { CallbackForm } from './callback-form.js';

CallbackForm.define();

export { CallbackForm };
