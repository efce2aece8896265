// Imported first by main.tsx: the host starts on the listing while the page's other modules are still being run.
import { askForListingEarly } from './early-listing';

askForListingEarly();
