// Console pages: the admission review queue with pending changes, evaluation with the weights
// settings, and exit management (notices, appeals, decisions).
import { reactive, computed } from 'vue';
import { t, api, route, useRequest, usePagedList, can } from 'yiwang';
import { shared, useAction, Facts, History } from './shared.js';

/** Console: the admission review queue and pending changes. */
export const Review = {
  components: { Facts, History },
  setup() {
    const filters = reactive({ status: route.query.status || 'APPLIED', q: '' });
    const paged = usePagedList('/institutions/registry', () => filters);
    const changes = useRequest(() => api('/institutions/changes'), { initial: { profiles: [], products: [] } });
    const selected = useRequest(async (id) => (id ? api(`/institutions/${id}`) : null), { immediate: false });
    const reason = reactive({ text: '' });
    const state = useAction();
    const open = (row) => selected.run(row.id);
    const act = (path) => state.run(path, async () => {
      const id = selected.data.institution.id;
      await api(`/institutions/${id}/${path}`, { method: 'POST', body: { reason: reason.text || null } });
      reason.text = '';
      selected.run(id);
      paged.list.run();
      changes.run();
    });
    const decide = (path) => state.run(path, async () => { await api(path, { method: 'POST', body: { reason: reason.text || null } }); changes.run(); });
    return { ...shared, filters, ...paged, changes, selected, reason, state, open, act, decide };
  },
  template: `
    <h1>{{ t('institutions.review') }}</h1>
    <form class="yw-toolbar" @submit.prevent="filter">
      <el-select v-model="filters.status" :aria-label="t('institutions.status')" clearable :placeholder="t('institutions.status')">
        <el-option v-for="s in ['APPLIED','ADMITTED','REJECTED','NOTICE_OF_EXIT','APPEALED','REMOVED']" :key="s" :value="s" :label="t('institutions.status.' + s)" />
      </el-select>
      <el-input v-model="filters.q" :placeholder="t('institutions.search')" :aria-label="t('institutions.search')" clearable />
      <el-button type="primary" native-type="submit">{{ t('institutions.searchButton') }}</el-button>
    </form>
    <yw-state :state="list">
      <el-table :data="list.data.items" @row-click="open" :empty-text="t('institutions.none')" class="institutions-review-queue" highlight-current-row>
        <el-table-column prop="id" label="#" width="60" />
        <el-table-column prop="name" :label="t('institutions.name')" min-width="200" />
        <el-table-column prop="uscc" :label="t('institutions.uscc')" min-width="170" />
        <el-table-column prop="region" :label="t('institutions.region')" width="90" />
        <el-table-column :label="t('institutions.status')" width="110"><template #default="{ row }"><el-tag size="small" :type="STATUS_TYPE[row.status]">{{ t('institutions.status.' + row.status) }}</el-tag></template></el-table-column>
        <el-table-column :label="t('institutions.appliedAt')" width="170"><template #default="{ row }">{{ formatDateTime(row.appliedAt) }}</template></el-table-column>
      </el-table>
      <div class="yw-pager"><el-pagination layout="total, prev, pager, next" :total="list.data.total" :page-size="size" :current-page="page" @current-change="turn" /></div>
    </yw-state>
    <section v-if="selected.data" class="yw-panel institutions-review-detail">
      <h2>{{ selected.data.institution.profile.name }}</h2>
      <el-alert v-if="state.error" type="error" :title="state.error" show-icon :closable="false" role="alert" />
      <Facts :institution="selected.data.institution" />
      <div v-if="selected.data.institution.status === 'APPLIED'" class="yw-toolbar" style="margin-top: .5rem">
        <el-input v-model="reason.text" :placeholder="t('institutions.reason')" :aria-label="t('institutions.reason')" class="institutions-reason" />
        <el-button type="primary" :loading="state.busy === 'admit'" @click="act('admit')" class="institutions-admit">{{ t('institutions.admit') }}</el-button>
        <el-button type="danger" plain :loading="state.busy === 'reject'" @click="act('reject')" class="institutions-reject">{{ t('institutions.rejectApplication') }}</el-button>
      </div>
      <h3>{{ t('institutions.historyTitle') }}</h3>
      <History :history="selected.data.history" />
    </section>
    <section class="yw-panel">
      <h2>{{ t('institutions.pendingChanges') }}</h2>
      <yw-state :state="changes">
        <p v-if="!changes.data.profiles.length && !changes.data.products.length" class="yw-muted">{{ t('institutions.none') }}</p>
        <div v-for="i in changes.data.profiles" :key="'p' + i.id" class="yw-toolbar">
          <span>{{ t('institutions.profileChange') }}：{{ i.profile.name }} → <strong>{{ i.pendingProfile.name }}</strong></span>
          <el-button size="small" type="primary" @click="decide('/institutions/' + i.id + '/pending/approve')">{{ t('institutions.approve') }}</el-button>
          <el-button size="small" @click="decide('/institutions/' + i.id + '/pending/reject')">{{ t('institutions.rejectChange') }}</el-button>
        </div>
        <div v-for="p in changes.data.products" :key="'x' + p.id" class="yw-toolbar">
          <span>{{ t('institutions.productChange') }}（#{{ p.institutionId }}）：<strong>{{ p.pending.name }}</strong> · {{ category(p.pending.category) }} · {{ fee(p.pending) }}</span>
          <el-button size="small" type="primary" @click="decide('/institutions/' + p.institutionId + '/products/' + p.id + '/pending/approve')">{{ t('institutions.approve') }}</el-button>
          <el-button size="small" @click="decide('/institutions/' + p.institutionId + '/products/' + p.id + '/pending/reject')">{{ t('institutions.rejectChange') }}</el-button>
        </div>
        <el-input v-model="reason.text" :placeholder="t('institutions.reasonForReject')" :aria-label="t('institutions.reason')" style="margin-top: .5rem" />
      </yw-state>
    </section>`,
};

/** Console: evaluation (scores → total) and the weights settings. */
export const Evaluation = {
  setup() {
    const paged = usePagedList('/institutions/registry', () => ({ status: 'ADMITTED,NOTICE_OF_EXIT,APPEALED' }));
    const settings = useRequest(() => api('/institutions/evaluation-settings'));
    const form = reactive({ id: null, periodFrom: '', periodTo: '', capacity: 80, management: 80, quality: 80, note: '' });
    const history = useRequest(async () => (form.id ? api(`/institutions/${form.id}/evaluations`) : []), { initial: [] });
    const state = useAction();
    const pick = (row) => { form.id = row.id; history.run(); };
    const evaluate = () => state.run('evaluate', async () => {
      await api(`/institutions/${form.id}/evaluations`, { method: 'POST', body: { periodFrom: form.periodFrom || null, periodTo: form.periodTo || null,
        capacity: form.capacity, management: form.management, quality: form.quality, note: form.note || null } });
      history.run();
      paged.list.run();
    });
    const sum = computed(() => (settings.data ? settings.data.capacityWeight + settings.data.managementWeight + settings.data.qualityWeight + settings.data.satisfactionWeight : 0));
    const save = () => state.run('settings', async () => {
      const s = settings.data;
      settings.data = await api('/institutions/evaluation-settings', { method: 'PUT', body: { capacityWeight: s.capacityWeight,
        managementWeight: s.managementWeight, qualityWeight: s.qualityWeight, satisfactionWeight: s.satisfactionWeight, threshold: s.threshold, appealDays: s.appealDays } });
    });
    return { ...shared, ...paged, settings, form, history, state, pick, evaluate, sum, save, can };
  },
  template: `
    <h1>{{ t('institutions.evaluation') }}</h1>
    <el-alert v-if="state.error" type="error" :title="state.error" show-icon :closable="false" role="alert" />
    <section class="yw-panel">
      <h2>{{ t('institutions.formula') }}</h2>
      <p class="yw-hint">{{ t('institutions.formulaText') }}</p>
      <yw-state :state="settings">
        <el-form v-if="settings.data" label-position="left" label-width="10em" @submit.prevent="save" class="institutions-settings">
          <el-form-item v-for="k in ['capacityWeight', 'managementWeight', 'qualityWeight', 'satisfactionWeight']" :key="k" :label="t('institutions.' + k)" :error="state.fields[k]">
            <el-input-number v-model="settings.data[k]" :min="0" :max="100" :disabled="!can('institutions.configure')" />
          </el-form-item>
          <p :class="sum === 100 ? 'yw-muted' : 'el-form-item__error'" style="position: static">{{ t('institutions.weightSum', { sum }) }} {{ state.fields.weights }}</p>
          <el-form-item :label="t('institutions.threshold')" :error="state.fields.threshold"><el-input-number v-model="settings.data.threshold" :min="0" :max="100" :precision="2" :disabled="!can('institutions.configure')" /></el-form-item>
          <el-form-item :label="t('institutions.appealDays')" :error="state.fields.appealDays"><el-input-number v-model="settings.data.appealDays" :min="1" :max="90" :disabled="!can('institutions.configure')" /></el-form-item>
          <el-button v-if="can('institutions.configure')" type="primary" native-type="submit" :loading="state.busy === 'settings'">{{ t('institutions.save') }}</el-button>
        </el-form>
      </yw-state>
    </section>
    <section class="yw-panel">
      <h2>{{ t('institutions.listed') }}</h2>
      <yw-state :state="list">
        <el-table :data="list.data.items" @row-click="pick" highlight-current-row :empty-text="t('institutions.none')" class="institutions-evaluation-list">
          <el-table-column prop="name" :label="t('institutions.name')" min-width="200" />
          <el-table-column :label="t('institutions.status')" width="110"><template #default="{ row }">{{ t('institutions.status.' + row.status) }}</template></el-table-column>
        </el-table>
      </yw-state>
    </section>
    <section v-if="form.id" class="yw-panel institutions-evaluate">
      <h2>{{ t('institutions.evaluateOne', { id: form.id }) }}</h2>
      <el-form label-position="top" @submit.prevent="evaluate">
        <div class="yw-toolbar">
          <el-date-picker v-model="form.periodFrom" type="date" value-format="YYYY-MM-DD" :placeholder="t('institutions.periodFrom')" :aria-label="t('institutions.periodFrom')" />
          <el-date-picker v-model="form.periodTo" type="date" value-format="YYYY-MM-DD" :placeholder="t('institutions.periodTo')" :aria-label="t('institutions.periodTo')" />
        </div>
        <span v-for="k in ['periodFrom', 'periodTo']" :key="k" class="el-form-item__error" style="position: static">{{ state.fields[k] }} </span>
        <el-form-item v-for="k in ['capacity', 'management', 'quality']" :key="k" :label="t('institutions.score.' + k)" :error="state.fields[k]">
          <el-input-number v-model="form[k]" :min="0" :max="100" :precision="2" />
        </el-form-item>
        <el-form-item :label="t('institutions.note')"><el-input v-model="form.note" /></el-form-item>
        <el-button type="primary" native-type="submit" :loading="state.busy === 'evaluate'">{{ t('institutions.evaluate') }}</el-button>
      </el-form>
      <el-table :data="history.data" :empty-text="t('institutions.none')" style="margin-top: 1rem">
        <el-table-column :label="t('institutions.period')" min-width="170"><template #default="{ row }">{{ row.periodFrom }} – {{ row.periodTo }}</template></el-table-column>
        <el-table-column prop="capacity" :label="t('institutions.score.capacity')" width="80" />
        <el-table-column prop="management" :label="t('institutions.score.management')" width="80" />
        <el-table-column prop="quality" :label="t('institutions.score.quality')" width="80" />
        <el-table-column :label="t('institutions.score.satisfaction')" width="110"><template #default="{ row }">{{ row.satisfaction ?? '—' }} ({{ row.ratings }})</template></el-table-column>
        <el-table-column prop="total" :label="t('institutions.total')" width="80" />
        <el-table-column :label="t('institutions.passed')" width="70"><template #default="{ row }">{{ row.passed ? '✓' : '✗' }}</template></el-table-column>
      </el-table>
    </section>`,
};

/** Console: exit management — notices, appeals and their decisions. */
export const Exit = {
  setup() {
    const paged = usePagedList('/institutions/registry', () => ({ status: 'NOTICE_OF_EXIT,APPEALED' }));
    const admitted = usePagedList('/institutions/registry', () => ({ status: 'ADMITTED' }), { size: 100 });
    const input = reactive({ reason: '', target: null });
    const details = reactive({});
    const state = useAction();
    const load = async (row) => { details[row.id] = (await api(`/institutions/${row.id}`)).institution; };
    const decide = (row, upheld) => state.run(`decide-${row.id}`, async () => {
      await api(`/institutions/${row.id}/appeal/decision`, { method: 'POST', body: { upheld, reason: input.reason } });
      paged.list.run();
    });
    const notice = () => state.run('notice', async () => {
      await api(`/institutions/${input.target}/exit-notice`, { method: 'POST', body: { reason: input.reason } });
      paged.list.run();
      admitted.list.run();
    });
    return { ...shared, ...paged, admitted, input, details, state, load, decide, notice };
  },
  template: `
    <h1>{{ t('institutions.exit') }}</h1>
    <p class="yw-hint">{{ t('institutions.exitRules') }}</p>
    <el-alert v-if="state.error" type="error" :title="state.error" show-icon :closable="false" role="alert" />
    <el-input v-model="input.reason" :placeholder="t('institutions.reason')" :aria-label="t('institutions.reason')" style="margin-bottom: .5rem" />
    <yw-state :state="list">
      <el-table :data="list.data.items" :empty-text="t('institutions.none')" @expand-change="load" class="institutions-exit-list">
        <el-table-column type="expand"><template #default="{ row }">
          <div v-if="details[row.id]"><p>{{ details[row.id].statusReason }}</p>
            <p>{{ t('institutions.appealDeadline') }}：{{ formatDateTime(details[row.id].appealDeadline) }}</p>
            <p v-if="details[row.id].appealText"><strong>{{ t('institutions.appealText') }}</strong>：{{ details[row.id].appealText }}</p></div>
        </template></el-table-column>
        <el-table-column prop="name" :label="t('institutions.name')" min-width="200" />
        <el-table-column :label="t('institutions.status')" width="110"><template #default="{ row }"><el-tag size="small" :type="STATUS_TYPE[row.status]">{{ t('institutions.status.' + row.status) }}</el-tag></template></el-table-column>
        <el-table-column min-width="220"><template #default="{ row }">
          <template v-if="row.status === 'APPEALED'">
            <el-button size="small" type="primary" :loading="state.busy === 'decide-' + row.id" @click="decide(row, true)">{{ t('institutions.uphold') }}</el-button>
            <el-button size="small" type="danger" plain :loading="state.busy === 'decide-' + row.id" @click="decide(row, false)">{{ t('institutions.dismiss') }}</el-button>
          </template>
          <span v-else class="yw-muted">{{ t('institutions.waitingAppeal') }}</span>
        </template></el-table-column>
      </el-table>
    </yw-state>
    <section class="yw-panel">
      <h2>{{ t('institutions.issueNotice') }}</h2>
      <div class="yw-toolbar">
        <el-select v-model="input.target" :placeholder="t('institutions.institution')" :aria-label="t('institutions.institution')" filterable>
          <el-option v-for="i in admitted.list.data.items" :key="i.id" :value="i.id" :label="i.name" />
        </el-select>
        <el-button type="warning" :disabled="!input.target" :loading="state.busy === 'notice'" @click="notice">{{ t('institutions.issueNotice') }}</el-button>
      </div>
    </section>`,
};

