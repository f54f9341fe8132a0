// What follows booking: the held time, and the views the mails' links open.
export { ReleaseController } from '../controllers/release-controller.js';
export { cancelStep } from '../steps/cancel-step.js';
export { confirmStep } from '../steps/confirm-step.js';
export { confirmedStep } from '../steps/confirmed-step.js';
export { heldStep } from '../steps/held-step.js';
export { roomStep } from '../steps/room-step.js';
