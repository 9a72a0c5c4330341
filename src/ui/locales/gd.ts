
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'sf1ab67fa74e288ee': str`${0} mile`,
's88ca4b949cee22c7': str`${0} miles`,
'sc4d884d268d517a1': `midnight`,
's5bd2ea8d7d245cbd': `midday`,
    };
  