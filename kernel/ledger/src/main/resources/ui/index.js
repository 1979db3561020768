// Console pages of the service ledger (服务台账): the KPI dashboard of the user's region subtree and
// the records with their follow-ups and ratings. Served from this bundle at /ui/modules/ledger/.
import { reactive, computed } from 'vue';
import { t, text, api, query, useRequest, usePagedList, session, platform, can, formatDateTime } from 'yiwang';

const pct = (v) => (v == null ? '—' : `${(v * 100).toFixed(1)} %`);
const hours = (v) => (v == null ? '—' : `${v.toFixed(1)} h`);
const day = (d) => (d ? new Date(d).toISOString() : undefined);

const Dashboard = {
  setup() {
    const filters = reactive({ region: session.me.regionCode || '', module: '', period: null });
    const params = () => ({
      region: filters.region || undefined, module: filters.module || undefined,
      from: filters.period ? day(filters.period[0]) : undefined,
      to: filters.period ? day(new Date(filters.period[1].getTime() + 86400000)) : undefined,
    });
    const kpis = useRequest(() => api(`/ledger/kpis${query(params())}`));
    const modules = computed(() => platform.modules.filter((m) => m.id !== 'ledger'));
    const byModule = useRequest(async () => {
      const rows = await Promise.all(modules.value.map((m) => api(`/ledger/kpis${query({ ...params(), module: m.id })}`)
        .then((k) => ({ name: text(m.name), delivered: k.servicesDelivered, open: k.servicesOpen }))
        .catch(() => null)));
      return rows.filter((r) => r && (r.delivered || r.open));
    }, { initial: [] });
    const apply = () => { kpis.run(); byModule.run(); };
    const gauge = computed(() => kpis.data && kpis.data.satisfactionRate != null && {
      series: [{
        type: 'gauge', min: 0, max: 100, progress: { show: true },
        axisLine: { lineStyle: { width: 12, color: [[0.9, '#b35c00'], [1, '#2e8540']] } },
        detail: { formatter: '{value} %', fontSize: 22 },
        data: [{ value: Math.round(kpis.data.satisfactionRate * 1000) / 10, name: t('ledger.satisfaction') }],
      }],
    });
    const bars = computed(() => byModule.data.length && {
      tooltip: { trigger: 'axis' }, legend: { bottom: 0 },
      xAxis: { type: 'category', data: byModule.data.map((r) => r.name) }, yAxis: { type: 'value' },
      color: ['#1f5fa8', '#b35c00'],
      series: [
        { name: t('ledger.delivered'), type: 'bar', data: byModule.data.map((r) => r.delivered) },
        { name: t('ledger.open'), type: 'bar', data: byModule.data.map((r) => r.open) },
      ],
    });
    return { t, filters, kpis, byModule, apply, gauge, bars, modules, text, pct, hours };
  },
  template: `
    <h1>{{ t('ledger.dashboard') }}</h1>
    <form class="yw-toolbar" @submit.prevent="apply">
      <el-input v-model="filters.region" :placeholder="t('ledger.region')" :aria-label="t('ledger.region')" maxlength="6" />
      <el-select v-model="filters.module" :placeholder="t('ledger.module')" :aria-label="t('ledger.module')" clearable>
        <el-option v-for="m in modules" :key="m.id" :value="m.id" :label="text(m.name)" />
      </el-select>
      <el-date-picker v-model="filters.period" type="daterange" :start-placeholder="t('ledger.from')"
                      :end-placeholder="t('ledger.to')" :aria-label="t('ledger.period')" />
      <el-button type="primary" native-type="submit">{{ t('ledger.show') }}</el-button>
    </form>
    <yw-state :state="kpis">
      <template v-if="kpis.data">
        <div class="yw-kpis">
          <div class="yw-kpi ledger-enterprises"><span>{{ t('ledger.enterprises') }}</span><strong>{{ kpis.data.enterprisesServed }}</strong></div>
          <div class="yw-kpi ledger-delivered"><span>{{ t('ledger.delivered') }}</span><strong>{{ kpis.data.servicesDelivered }}</strong></div>
          <div class="yw-kpi"><span>{{ t('ledger.open') }}</span><strong>{{ kpis.data.servicesOpen }}</strong></div>
          <div class="yw-kpi"><span>{{ t('ledger.online') }}</span><strong>{{ pct(kpis.data.onlineShare) }}</strong></div>
          <div class="yw-kpi ledger-satisfaction" :class="kpis.data.targetMet ? 'met' : 'missed'">
            <span>{{ t('ledger.satisfaction') }}（{{ t('ledger.target') }} {{ pct(kpis.data.satisfactionTarget) }}）</span>
            <strong>{{ pct(kpis.data.satisfactionRate) }}</strong>
            <small>{{ t('ledger.ratings', { n: kpis.data.ratings }) }}</small>
          </div>
          <div class="yw-kpi"><span>{{ t('ledger.followUps') }}</span><strong>{{ pct(kpis.data.followUpCoverage) }}</strong></div>
          <div class="yw-kpi"><span>{{ t('ledger.response') }}</span><strong>{{ hours(kpis.data.avgResponseHours) }}</strong></div>
          <div class="yw-kpi"><span>{{ t('ledger.resolution') }}</span><strong>{{ hours(kpis.data.avgResolutionHours) }}</strong></div>
        </div>
        <div class="yw-columns">
          <section class="yw-panel"><h2>{{ t('ledger.byModule') }}</h2>
            <yw-chart v-if="bars" :option="bars" :label="t('ledger.byModule')" height="280px" />
            <el-empty v-else :description="t('ledger.none')" :image-size="64" />
          </section>
          <section class="yw-panel"><h2>{{ t('ledger.satisfaction') }}</h2>
            <yw-chart v-if="gauge" :option="gauge" :label="t('ledger.satisfaction')" height="280px" />
            <el-empty v-else :description="t('ledger.noRatings')" :image-size="64" />
          </section>
        </div>
      </template>
    </yw-state>`,
};

const Records = {
  setup() {
    const filters = reactive({ region: '', uscc: '', module: '', status: '' });
    const paged = usePagedList('/ledger/records', () => filters);
    const { list } = paged;
    const open = reactive({ record: null, followUps: [], error: null, busy: false });
    const followUp = reactive({ channel: 'HOTLINE', notes: '' });
    const rating = reactive({ score: 5, comment: '' });
    const show = async (row) => {
      open.record = row;
      open.error = null;
      const found = await api(`/ledger/records/${row.id}/follow-ups`).catch(() => []);
      open.followUps = Array.isArray(found) ? found : found.items || [];
    };
    const act = async (fn) => {
      open.busy = true;
      open.error = null;
      try {
        await fn();
        open.record = await api(`/ledger/records/${open.record.id}`);
        await show(open.record);
        list.run();
      } catch (e) {
        open.error = e;
      } finally {
        open.busy = false;
      }
    };
    const addFollowUp = () => act(async () => {
      await api(`/ledger/records/${open.record.id}/follow-ups`, { method: 'POST', body: { ...followUp } });
      followUp.notes = '';
    });
    const rate = () => act(() => api(`/ledger/records/${open.record.id}/rating`, { method: 'POST', body: { ...rating } }));
    return { t, filters, ...paged, open, followUp, rating, show, addFollowUp, rate, formatDateTime,
      canWrite: computed(() => can('ledger.write')) };
  },
  template: `
    <h1>{{ t('ledger.records') }}</h1>
    <form class="yw-toolbar" @submit.prevent="filter">
      <el-input v-model="filters.region" :placeholder="t('ledger.region')" :aria-label="t('ledger.region')" maxlength="6" clearable />
      <el-input v-model="filters.uscc" :placeholder="t('ledger.uscc')" :aria-label="t('ledger.uscc')" maxlength="18" clearable />
      <el-input v-model="filters.module" :placeholder="t('ledger.module')" :aria-label="t('ledger.module')" clearable />
      <el-select v-model="filters.status" :placeholder="t('ledger.status')" :aria-label="t('ledger.status')" clearable>
        <el-option value="OPEN" :label="t('ledger.status.OPEN')" /><el-option value="COMPLETED" :label="t('ledger.status.COMPLETED')" />
      </el-select>
      <el-button type="primary" native-type="submit">{{ t('ledger.show') }}</el-button>
    </form>
    <yw-state :state="list">
      <el-table :data="list.data.items" class="ledger-records" @row-click="show" :empty-text="t('ledger.none')">
        <el-table-column :label="t('ledger.requested')" min-width="150"><template #default="{ row }">{{ formatDateTime(row.requestedAt) }}</template></el-table-column>
        <el-table-column prop="title" :label="t('ledger.title')" min-width="200" />
        <el-table-column prop="uscc" :label="t('ledger.uscc')" min-width="170" />
        <el-table-column prop="module" :label="t('ledger.module')" width="100" />
        <el-table-column prop="regionCode" :label="t('ledger.region')" width="90" />
        <el-table-column :label="t('ledger.status')" width="90"><template #default="{ row }">{{ t('ledger.status.' + row.status) }}</template></el-table-column>
        <el-table-column :label="t('ledger.rating')" width="80"><template #default="{ row }">{{ row.rating ? row.rating.score + '★' : '—' }}</template></el-table-column>
      </el-table>
      <div class="yw-pager">
        <el-pagination layout="total, prev, pager, next" :total="list.data.total" :page-size="size" :current-page="page" @current-change="turn" />
      </div>
    </yw-state>
    <el-drawer :model-value="!!open.record" @close="open.record = null" size="min(560px, 100vw)" :title="open.record ? open.record.title : ''">
      <template v-if="open.record">
        <el-alert v-if="open.error" type="error" :title="open.error.message" show-icon :closable="false" role="alert" />
        <el-descriptions :column="1" border>
          <el-descriptions-item :label="t('ledger.uscc')">{{ open.record.uscc }}</el-descriptions-item>
          <el-descriptions-item :label="t('ledger.provider')">{{ open.record.provider ? open.record.provider.name : '—' }}</el-descriptions-item>
          <el-descriptions-item :label="t('ledger.channel')">{{ open.record.channel }}</el-descriptions-item>
          <el-descriptions-item :label="t('ledger.requested')">{{ formatDateTime(open.record.requestedAt) }}</el-descriptions-item>
          <el-descriptions-item :label="t('ledger.completed')">{{ formatDateTime(open.record.completedAt) || '—' }}</el-descriptions-item>
          <el-descriptions-item :label="t('ledger.outcome')">{{ open.record.outcome || '—' }}</el-descriptions-item>
          <el-descriptions-item :label="t('ledger.rating')">
            <span v-if="open.record.rating">{{ open.record.rating.score }}★ {{ open.record.rating.comment }}</span><span v-else>—</span>
          </el-descriptions-item>
        </el-descriptions>
        <h3 style="margin-top: 1rem">{{ t('ledger.followUps') }}</h3>
        <ul class="yw-list"><li v-for="f in open.followUps" :key="f.id">{{ formatDateTime(f.at) }} · {{ f.by }} · {{ f.channel }}：{{ f.notes }}</li></ul>
        <el-form v-if="canWrite" label-position="top" @submit.prevent="addFollowUp">
          <el-form-item :label="t('ledger.addFollowUp')" for="ledger-follow-notes">
            <el-input id="ledger-follow-notes" v-model="followUp.notes" type="textarea" :rows="2" />
          </el-form-item>
          <el-button native-type="submit" :loading="open.busy">{{ t('ledger.save') }}</el-button>
        </el-form>
        <el-form v-if="canWrite && open.record.status === 'COMPLETED' && !open.record.rating" label-position="top"
                 @submit.prevent="rate" style="margin-top: 1rem">
          <el-form-item :label="t('ledger.rateOnBehalf')"><el-rate v-model="rating.score" /></el-form-item>
          <el-input v-model="rating.comment" :placeholder="t('ledger.comment')" :aria-label="t('ledger.comment')" />
          <el-button native-type="submit" type="primary" :loading="open.busy" style="margin-top: .5rem">{{ t('ledger.save') }}</el-button>
        </el-form>
      </template>
    </el-drawer>`,
};

export default {
  routes: [
    { area: 'console', path: '/ledger', component: Dashboard, permission: 'ledger.read' },
    { area: 'console', path: '/ledger/records', component: Records, permission: 'ledger.read' },
  ],
  messages: {
    'zh-CN': {
      'ledger.dashboard': '服务成效', 'ledger.records': '服务台账', 'ledger.region': '区划代码', 'ledger.module': '业务模块',
      'ledger.from': '开始日期', 'ledger.to': '结束日期', 'ledger.period': '统计期间', 'ledger.show': '查询',
      'ledger.enterprises': '服务企业数', 'ledger.delivered': '完成服务', 'ledger.open': '办理中', 'ledger.online': '线上占比',
      'ledger.satisfaction': '满意率', 'ledger.target': '目标', 'ledger.ratings': '共 {n} 条评价', 'ledger.followUps': '回访覆盖率',
      'ledger.response': '平均响应时长', 'ledger.resolution': '平均办结时长', 'ledger.byModule': '各业务服务量',
      'ledger.none': '暂无记录', 'ledger.noRatings': '暂无评价', 'ledger.uscc': '统一社会信用代码', 'ledger.status': '状态',
      'ledger.status.OPEN': '办理中', 'ledger.status.COMPLETED': '已完成', 'ledger.requested': '受理时间', 'ledger.title': '服务事项',
      'ledger.rating': '评价', 'ledger.provider': '服务提供方', 'ledger.channel': '渠道', 'ledger.completed': '完成时间',
      'ledger.outcome': '办理结果', 'ledger.addFollowUp': '登记回访', 'ledger.save': '保存', 'ledger.rateOnBehalf': '代企业登记评价（回访电话中）',
      'ledger.comment': '评价意见',
    },
    en: {
      'ledger.dashboard': 'Service KPIs', 'ledger.records': 'Service ledger', 'ledger.region': 'Region code', 'ledger.module': 'Module',
      'ledger.from': 'From', 'ledger.to': 'To', 'ledger.period': 'Period', 'ledger.show': 'Show',
      'ledger.enterprises': 'Enterprises served', 'ledger.delivered': 'Services delivered', 'ledger.open': 'Open', 'ledger.online': 'Online share',
      'ledger.satisfaction': 'Satisfaction', 'ledger.target': 'target', 'ledger.ratings': '{n} ratings', 'ledger.followUps': 'Follow-up coverage',
      'ledger.response': 'Mean response time', 'ledger.resolution': 'Mean resolution time', 'ledger.byModule': 'Services by module',
      'ledger.none': 'No records', 'ledger.noRatings': 'No ratings yet', 'ledger.uscc': 'Credit code', 'ledger.status': 'Status',
      'ledger.status.OPEN': 'Open', 'ledger.status.COMPLETED': 'Completed', 'ledger.requested': 'Requested', 'ledger.title': 'Service',
      'ledger.rating': 'Rating', 'ledger.provider': 'Provider', 'ledger.channel': 'Channel', 'ledger.completed': 'Completed',
      'ledger.outcome': 'Outcome', 'ledger.addFollowUp': 'Record a follow-up', 'ledger.save': 'Save', 'ledger.rateOnBehalf': 'Record the rating given in a follow-up call',
      'ledger.comment': 'Comment',
    },
  },
};
