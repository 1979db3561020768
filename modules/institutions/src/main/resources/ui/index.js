// Pages of the institutions module (服务机构库): on the portal the directory (institutions, experts,
// case library), an institution's page with its products (six disclosures), cases and entry/exit
// history, the application form, the enterprise's service requests and the institution's workbench;
// in the console the admission review (with pending changes), evaluation and exit management.
import { api } from 'yiwang';
import { Apply, Directory, Detail, MyRequests } from './portal.js';
import { Workbench } from './workbench.js';
import { Review, Evaluation, Exit } from './console.js';
import { zh, en } from './messages.js';

export default {
  routes: [
    { area: 'portal', path: '/institutions', component: Directory },
    { area: 'portal', path: '/institutions/apply', component: Apply },
    { area: 'portal', path: '/institutions/requests', component: MyRequests },
    { area: 'portal', path: '/institutions/workbench', component: Workbench },
    { area: 'portal', path: '/institutions/:id', component: Detail },
    { area: 'console', path: '/institutions/review', component: Review, permission: 'institutions.review' },
    { area: 'console', path: '/institutions/evaluation', component: Evaluation, permission: 'institutions.evaluate' },
    { area: 'console', path: '/institutions/exit', component: Exit, permission: 'institutions.evaluate' },
  ],
  messages: { 'zh-CN': zh, en },
  portal: {
    latest: async () => {
      const page = await api('/institutions?size=5');
      return page.items.map((i) => ({ title: i.name, href: `/institutions/${i.id}`, date: i.admittedAt ? i.admittedAt.slice(0, 10) : '' }));
    },
    search: async (q) => {
      const page = await api(`/institutions?size=5&q=${encodeURIComponent(q)}`);
      return page.items.map((i) => ({ title: i.name, href: `/institutions/${i.id}`, summary: i.description || '' }));
    },
  },
};
