import '@welcome-widgets/faq-search/define';
import '@welcome-widgets/quickcheck/define';
import { createApp } from 'vue';
import App from './App.vue';
// The tags' template types for vue-tsc, from the manifest.
import type {} from '@welcome-widgets/vue';

// `?api=` points the widgets at another backend (the end-to-end test's); else `npm start`'s.
const api = new URLSearchParams(location.search).get('api') ?? 'http://localhost:8080/api';

createApp(App, { api }).mount('#app');
