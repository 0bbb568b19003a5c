import { CallbackForm } from './callback-form.js';

CallbackForm.define();
