// Console pages of the SME database (中小企业库): list with filters, detail, import with progress and
// error report, export. Served from this bundle at /ui/modules/enterprises/ and loaded by the shell.
import { reactive, ref, computed, onBeforeUnmount } from 'vue';
import { t, text, api, query, navigate, route, useRequest, usePagedList, download, can, formatDate, formatDateTime } from 'yiwang';

const SIZES = ['LARGE', 'MEDIUM', 'SMALL', 'MICRO'];
const TIERS = ['BASE', 'SPECIALISED', 'LITTLE_GIANT'];

const List = {
  setup() {
    const filters = reactive({
      q: route.query.q || '', region: route.query.region || '', industry: route.query.industry || '',
      sizeClass: route.query.sizeClass || '', tier: route.query.tier || '', tag: route.query.tag || '',
    });
    const paged = usePagedList('/enterprises', () => filters, { page: Number(route.query.page) || 1 });
    const { list } = paged;
    const apply = () => {
      history.replaceState(null, '', `/console/enterprises${query({ ...filters })}`);
      paged.filter();
    };
    const reset = () => {
      Object.keys(filters).forEach((k) => { filters[k] = ''; });
      apply();
    };
    const exporting = ref('');
    const exportAs = async (format) => {
      exporting.value = format;
      try {
        await download(`/enterprises/export${query({ ...filters, format })}`, `enterprises.${format}`);
      } catch (e) {
        list.error = e;
      } finally {
        exporting.value = '';
      }
    };
    const open = (row) => navigate(`/console/enterprises/${row.uscc}`);
    return { t, filters, ...paged, apply, reset, exportAs, exporting, open, SIZES, TIERS,
      canWrite: computed(() => can('enterprises.write')) };
  },
  template: `
    <h1>{{ t('enterprises.title') }}</h1>
    <form class="yw-toolbar" @submit.prevent="apply" :aria-label="t('enterprises.filters')">
      <el-input v-model="filters.q" :placeholder="t('enterprises.q')" :aria-label="t('enterprises.q')" clearable class="yw-filter-q" />
      <el-input v-model="filters.region" :placeholder="t('enterprises.region')" :aria-label="t('enterprises.region')" maxlength="6" clearable />
      <el-input v-model="filters.industry" :placeholder="t('enterprises.industry')" :aria-label="t('enterprises.industry')" clearable />
      <el-select v-model="filters.sizeClass" :placeholder="t('enterprises.sizeClass')" :aria-label="t('enterprises.sizeClass')" clearable>
        <el-option v-for="s in SIZES" :key="s" :value="s" :label="t('shell.size.' + s)" />
      </el-select>
      <el-select v-model="filters.tier" :placeholder="t('enterprises.tier')" :aria-label="t('enterprises.tier')" clearable>
        <el-option v-for="x in TIERS" :key="x" :value="x" :label="t('enterprises.tier.' + x)" />
      </el-select>
      <el-input v-model="filters.tag" :placeholder="t('enterprises.tag')" :aria-label="t('enterprises.tag')" clearable />
      <el-button type="primary" native-type="submit">{{ t('enterprises.search') }}</el-button>
      <el-button @click="reset">{{ t('enterprises.reset') }}</el-button>
      <span style="flex:1"></span>
      <template v-if="canWrite">
        <el-button class="yw-import-button" @click="navigate('/console/enterprises/import')">{{ t('enterprises.import') }}</el-button>
        <el-button :loading="exporting === 'csv'" @click="exportAs('csv')" class="yw-export-csv">{{ t('enterprises.exportCsv') }}</el-button>
        <el-button :loading="exporting === 'json'" @click="exportAs('json')" class="yw-export-json">{{ t('enterprises.exportJson') }}</el-button>
      </template>
    </form>
    <yw-state :state="list">
      <el-table :data="list.data.items" v-loading="list.loading" stripe @row-click="open" class="yw-enterprise-table"
                :empty-text="t('enterprises.empty')" style="width: 100%">
        <el-table-column prop="uscc" :label="t('enterprises.uscc')" min-width="180">
          <template #default="{ row }"><yw-link :to="'/console/enterprises/' + row.uscc">{{ row.uscc }}</yw-link></template>
        </el-table-column>
        <el-table-column prop="name" :label="t('enterprises.name')" min-width="200" />
        <el-table-column prop="regionCode" :label="t('enterprises.region')" width="100" />
        <el-table-column prop="industryCode" :label="t('enterprises.industry')" width="100" />
        <el-table-column :label="t('enterprises.sizeClass')" width="90">
          <template #default="{ row }">{{ row.sizeClass ? t('shell.size.' + row.sizeClass) : '—' }}</template>
        </el-table-column>
        <el-table-column prop="employees" :label="t('enterprises.employees')" width="100" align="right" />
      </el-table>
      <div class="yw-pager">
        <el-pagination layout="total, prev, pager, next" :total="list.data.total" :page-size="size"
                       :current-page="page" @current-change="turn" />
      </div>
    </yw-state>`,
  methods: { navigate },
};

const Detail = {
  props: ['uscc'],
  setup(props) {
    const one = useRequest(() => api(`/enterprises/${encodeURIComponent(props.uscc)}`));
    return { t, one, formatDate, formatDateTime };
  },
  template: `
    <p><yw-link to="/console/enterprises">← {{ t('enterprises.back') }}</yw-link></p>
    <yw-state :state="one">
      <template v-if="one.data">
        <h1>{{ one.data.name }}</h1>
        <el-descriptions :column="2" border class="yw-enterprise-detail">
          <el-descriptions-item :label="t('enterprises.uscc')">{{ one.data.uscc }}</el-descriptions-item>
          <el-descriptions-item :label="t('enterprises.region')">{{ one.data.regionCode }}</el-descriptions-item>
          <el-descriptions-item :label="t('enterprises.industry')">{{ one.data.industryCode }}</el-descriptions-item>
          <el-descriptions-item :label="t('enterprises.sizeClass')">{{ one.data.sizeClass ? t('shell.size.' + one.data.sizeClass) : '—' }}</el-descriptions-item>
          <el-descriptions-item :label="t('enterprises.employees')">{{ one.data.employees ?? '—' }}</el-descriptions-item>
          <el-descriptions-item :label="t('enterprises.revenue')">{{ one.data.operatingRevenue ?? '—' }}</el-descriptions-item>
          <el-descriptions-item :label="t('enterprises.assets')">{{ one.data.totalAssets ?? '—' }}</el-descriptions-item>
          <el-descriptions-item :label="t('enterprises.established')">{{ formatDate(one.data.establishedOn) || '—' }}</el-descriptions-item>
          <el-descriptions-item :label="t('enterprises.rd')">{{ one.data.rdExpense ?? '—' }}<span v-if="one.data.rdRatio != null"> ({{ one.data.rdRatio }} %)</span></el-descriptions-item>
          <el-descriptions-item :label="t('enterprises.ip')">{{ one.data.ipClassOne ?? '—' }} / {{ one.data.ipTotal ?? '—' }}</el-descriptions-item>
          <el-descriptions-item :label="t('enterprises.tags')">
            <el-tag v-for="tag in one.data.tags" :key="tag" style="margin-right: 4px">{{ tag }}</el-tag>
          </el-descriptions-item>
          <el-descriptions-item :label="t('enterprises.updated')">{{ formatDateTime(one.data.updatedAt) }}</el-descriptions-item>
        </el-descriptions>
        <h2 style="margin-top: 1.5rem">{{ t('enterprises.tiers') }}</h2>
        <el-table :data="one.data.tiers" :empty-text="t('enterprises.none')">
          <el-table-column :label="t('enterprises.tier')"><template #default="{ row }">{{ t('enterprises.tier.' + row.tier) }}</template></el-table-column>
          <el-table-column prop="awardedOn" :label="t('enterprises.awardedOn')" />
          <el-table-column prop="validUntil" :label="t('enterprises.validUntil')" />
        </el-table>
        <h2 style="margin-top: 1.5rem">{{ t('enterprises.contacts') }}</h2>
        <el-table :data="one.data.contacts" :empty-text="t('enterprises.none')">
          <el-table-column prop="name" :label="t('enterprises.contactName')" />
          <el-table-column prop="role" :label="t('enterprises.contactRole')" />
          <el-table-column prop="phone" :label="t('enterprises.contactPhone')" />
          <el-table-column prop="email" :label="t('enterprises.contactEmail')" />
        </el-table>
      </template>
    </yw-state>`,
};

const TYPES = {
  csv: 'text/csv; charset=UTF-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const Import = {
  setup() {
    const file = ref(null);
    const mode = ref('all-or-nothing');
    const state = reactive({ busy: false, error: null, job: null });
    let timer = null;
    const pick = (event) => {
      file.value = event.target.files[0] || null;
      state.error = null;
    };
    const poll = async () => {
      try {
        state.job = await api(`/enterprises/imports/${state.job.id}`);
      } catch (e) {
        state.error = e;
      }
      if (state.job && !['DONE', 'FAILED'].includes(state.job.state) && !state.error) timer = setTimeout(poll, 500);
      else state.busy = false;
    };
    const start = async () => {
      const f = file.value;
      if (!f) {
        state.error = { message: t('enterprises.import.pick') };
        return;
      }
      const ext = f.name.toLowerCase().split('.').pop();
      if (!TYPES[ext]) {
        state.error = { message: t('enterprises.import.type') };
        return;
      }
      state.busy = true;
      state.error = null;
      state.job = null;
      try {
        state.job = await api(`/enterprises/imports${query({ mode: mode.value })}`,
          { method: 'POST', body: f, headers: { 'Content-Type': TYPES[ext] } });
        poll();
      } catch (e) {
        state.error = e;
        state.busy = false;
      }
    };
    onBeforeUnmount(() => clearTimeout(timer));
    const percent = computed(() => {
      const job = state.job;
      if (!job) return 0;
      if (['DONE', 'FAILED'].includes(job.state)) return 100;
      return job.totalRows ? Math.min(99, Math.floor((job.processedRows * 100) / job.totalRows)) : 0;
    });
    const report = () => download(`/enterprises/imports/${state.job.id}/report`, `import-${state.job.id}-report.csv`)
      .catch((e) => { state.error = e; });
    return { t, text, file, mode, state, pick, start, percent, report };
  },
  template: `
    <p><yw-link to="/console/enterprises">← {{ t('enterprises.back') }}</yw-link></p>
    <h1>{{ t('enterprises.import.title') }}</h1>
    <section class="yw-panel">
      <p class="yw-muted">{{ t('enterprises.import.intro') }}</p>
      <el-form label-position="top" @submit.prevent="start">
        <el-form-item :label="t('enterprises.import.file')" for="yw-import-file">
          <input id="yw-import-file" type="file" accept=".csv,.xlsx" @change="pick" :disabled="state.busy">
        </el-form-item>
        <el-form-item :label="t('enterprises.import.mode')">
          <el-radio-group v-model="mode" :disabled="state.busy">
            <el-radio value="all-or-nothing" class="yw-mode-all">{{ t('enterprises.import.allOrNothing') }}</el-radio>
            <el-radio value="skip-bad-rows" class="yw-mode-skip">{{ t('enterprises.import.skipBadRows') }}</el-radio>
          </el-radio-group>
        </el-form-item>
        <el-button type="primary" native-type="submit" :loading="state.busy" class="yw-import-start">{{ t('enterprises.import.start') }}</el-button>
      </el-form>
    </section>
    <el-alert v-if="state.error" type="error" :title="state.error.message" show-icon :closable="false" role="alert" />
    <section v-if="state.job" class="yw-panel yw-import-job" aria-live="polite">
      <h2>{{ t('enterprises.import.job', { id: state.job.id }) }}</h2>
      <el-progress :percentage="percent" :status="state.job.state === 'FAILED' ? 'exception' : (state.job.state === 'DONE' ? 'success' : '')"
                   :stroke-width="18" class="yw-import-progress" />
      <p class="yw-import-phase">{{ t('enterprises.import.phase.' + state.job.phase) }}
        · {{ state.job.processedRows }}<span v-if="state.job.totalRows != null"> / {{ state.job.totalRows }}</span></p>
      <template v-if="['DONE', 'FAILED'].includes(state.job.state)">
        <el-alert :type="state.job.state === 'DONE' && !state.job.rejected ? 'success' : 'warning'" :closable="false" show-icon
                  :title="text(state.job.message)" class="yw-import-outcome" />
        <p class="yw-import-counts">{{ t('enterprises.import.counts', state.job) }}</p>
        <el-button v-if="state.job.report" class="yw-import-report" @click="report">{{ t('enterprises.import.report') }}</el-button>
      </template>
    </section>`,
};

export default {
  routes: [
    { area: 'console', path: '/enterprises', component: List, permission: 'enterprises.read' },
    { area: 'console', path: '/enterprises/import', component: Import, permission: 'enterprises.write' },
    { area: 'console', path: '/enterprises/:uscc', component: Detail, permission: 'enterprises.read' },
  ],
  messages: {
    'zh-CN': {
      'enterprises.title': '中小企业库',
      'enterprises.filters': '筛选条件',
      'enterprises.q': '名称或信用代码',
      'enterprises.region': '行政区划代码',
      'enterprises.industry': '行业代码',
      'enterprises.sizeClass': '规模',
      'enterprises.tier': '梯度称号',
      'enterprises.tier.BASE': '创新型中小企业',
      'enterprises.tier.SPECIALISED': '专精特新中小企业',
      'enterprises.tier.LITTLE_GIANT': '专精特新“小巨人”',
      'enterprises.tag': '标签',
      'enterprises.search': '查询',
      'enterprises.reset': '重置',
      'enterprises.import': '批量导入',
      'enterprises.exportCsv': '导出 CSV',
      'enterprises.exportJson': '导出交换 JSON',
      'enterprises.empty': '没有符合条件的企业',
      'enterprises.uscc': '统一社会信用代码',
      'enterprises.name': '企业名称',
      'enterprises.employees': '从业人员',
      'enterprises.revenue': '营业收入（万元）',
      'enterprises.assets': '资产总额（万元）',
      'enterprises.established': '成立日期',
      'enterprises.rd': '研发费用（万元）',
      'enterprises.ip': 'Ⅰ类知识产权 / 知识产权总数',
      'enterprises.tags': '标签',
      'enterprises.updated': '最近更新',
      'enterprises.tiers': '梯度称号',
      'enterprises.awardedOn': '认定日期',
      'enterprises.validUntil': '有效期至',
      'enterprises.contacts': '联系人',
      'enterprises.contactName': '姓名',
      'enterprises.contactRole': '职务',
      'enterprises.contactPhone': '电话',
      'enterprises.contactEmail': '邮箱',
      'enterprises.none': '无',
      'enterprises.back': '返回企业列表',
      'enterprises.import.title': '批量导入企业',
      'enterprises.import.intro': '上传 CSV（UTF-8）或 XLSX 文件，第一行为列名，列名见操作手册。每一行都会校验，未通过的行列入错误报告。',
      'enterprises.import.file': '导入文件（.csv 或 .xlsx）',
      'enterprises.import.mode': '导入方式',
      'enterprises.import.allOrNothing': '全部成功才写入（有错误则不写入任何一行）',
      'enterprises.import.skipBadRows': '跳过错误行（写入正确的行）',
      'enterprises.import.start': '开始导入',
      'enterprises.import.pick': '请先选择要导入的文件',
      'enterprises.import.type': '只支持 .csv 和 .xlsx 文件',
      'enterprises.import.job': '导入任务 {id}',
      'enterprises.import.phase.QUEUED': '排队中',
      'enterprises.import.phase.COUNTING': '正在统计行数',
      'enterprises.import.phase.VALIDATING': '正在校验',
      'enterprises.import.phase.WRITING': '正在写入',
      'enterprises.import.phase.FINISHED': '已完成',
      'enterprises.import.counts': '新增 {inserted} 家，更新 {updated} 家，错误 {rejected} 行',
      'enterprises.import.report': '下载错误报告',
    },
    en: {
      'enterprises.title': 'SME database',
      'enterprises.filters': 'Filters',
      'enterprises.q': 'Name or credit code',
      'enterprises.region': 'Region code',
      'enterprises.industry': 'Industry code',
      'enterprises.sizeClass': 'Size',
      'enterprises.tier': 'Tier',
      'enterprises.tier.BASE': 'Innovative SME',
      'enterprises.tier.SPECIALISED': 'Specialised SME',
      'enterprises.tier.LITTLE_GIANT': '"Little giant"',
      'enterprises.tag': 'Tag',
      'enterprises.search': 'Search',
      'enterprises.reset': 'Reset',
      'enterprises.import': 'Import',
      'enterprises.exportCsv': 'Export CSV',
      'enterprises.exportJson': 'Export exchange JSON',
      'enterprises.empty': 'No enterprise matches',
      'enterprises.uscc': 'Unified social credit code',
      'enterprises.name': 'Name',
      'enterprises.employees': 'Employees',
      'enterprises.revenue': 'Operating revenue (10k CNY)',
      'enterprises.assets': 'Total assets (10k CNY)',
      'enterprises.established': 'Established',
      'enterprises.rd': 'R&D expense (10k CNY)',
      'enterprises.ip': 'Class I IP / all IP',
      'enterprises.tags': 'Tags',
      'enterprises.updated': 'Last updated',
      'enterprises.tiers': 'Tiers',
      'enterprises.awardedOn': 'Awarded on',
      'enterprises.validUntil': 'Valid until',
      'enterprises.contacts': 'Contacts',
      'enterprises.contactName': 'Name',
      'enterprises.contactRole': 'Role',
      'enterprises.contactPhone': 'Phone',
      'enterprises.contactEmail': 'E-mail',
      'enterprises.none': 'None',
      'enterprises.back': 'Back to the list',
      'enterprises.import.title': 'Import enterprises',
      'enterprises.import.intro': 'Upload a CSV (UTF-8) or XLSX file with column names in the first row (see the operator guide). Every row is validated; rejected rows go into the error report.',
      'enterprises.import.file': 'File (.csv or .xlsx)',
      'enterprises.import.mode': 'Mode',
      'enterprises.import.allOrNothing': 'All or nothing (any error: nothing is written)',
      'enterprises.import.skipBadRows': 'Skip bad rows (write the good ones)',
      'enterprises.import.start': 'Start import',
      'enterprises.import.pick': 'Choose a file first',
      'enterprises.import.type': 'Only .csv and .xlsx files can be imported',
      'enterprises.import.job': 'Import {id}',
      'enterprises.import.phase.QUEUED': 'Queued',
      'enterprises.import.phase.COUNTING': 'Counting rows',
      'enterprises.import.phase.VALIDATING': 'Validating',
      'enterprises.import.phase.WRITING': 'Writing',
      'enterprises.import.phase.FINISHED': 'Finished',
      'enterprises.import.counts': '{inserted} added, {updated} updated, {rejected} rows rejected',
      'enterprises.import.report': 'Download the error report',
    },
  },
};
