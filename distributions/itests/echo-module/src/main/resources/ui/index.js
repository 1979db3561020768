// The test module's pages: a portal note board (with the six disclosures) and a console page to
// write notes. It shows the whole UI contract: routes per area, messages, portal contributions.
import { reactive } from 'vue';
import { t, api, useRequest, formatDateTime } from 'yiwang';

const Board = {
  setup() {
    const notes = useRequest(() => api('/echo/notes'), { initial: { items: [] } });
    return { t, notes, formatDateTime };
  },
  template: `
    <h1 class="echo-title">{{ t('echo.board') }}</h1>
    <yw-state :state="notes">
      <ul class="yw-list echo-notes">
        <li v-for="n in notes.data.items" :key="n.id">{{ n.text }} <span class="yw-muted">{{ formatDateTime(n.createdAt) }}</span></li>
      </ul>
    </yw-state>
    <yw-disclosures :item="t('echo.d.item')" :content="t('echo.d.content')"
                    :process="[t('echo.d.step1'), t('echo.d.step2')]" :standard="t('echo.d.standard')"
                    :supervision="t('echo.d.supervision')" :contact="t('echo.d.contact')" />`,
};

const Notes = {
  setup() {
    const notes = useRequest(() => api('/echo/notes'), { initial: { items: [] } });
    const form = reactive({ text: '', error: '', busy: false });
    const add = async () => {
      form.busy = true;
      form.error = '';
      try {
        await api('/echo/notes', { method: 'POST', body: { text: form.text } });
        form.text = '';
        notes.run();
      } catch (e) {
        form.error = e.fields.text || e.message;
      } finally {
        form.busy = false;
      }
    };
    return { t, notes, form, add };
  },
  template: `
    <h1 class="echo-title">{{ t('echo.notes') }}</h1>
    <el-form inline @submit.prevent="add">
      <el-form-item :label="t('echo.text')" :error="form.error" for="echo-text">
        <el-input id="echo-text" v-model="form.text" />
      </el-form-item>
      <el-button type="primary" native-type="submit" :loading="form.busy" class="echo-add">{{ t('echo.add') }}</el-button>
    </el-form>
    <yw-state :state="notes">
      <el-table :data="notes.data.items" class="echo-table">
        <el-table-column prop="id" label="#" width="80" />
        <el-table-column prop="text" :label="t('echo.text')" />
      </el-table>
    </yw-state>`,
};

export default {
  routes: [
    { area: 'portal', path: '/echo', component: Board },
    { area: 'console', path: '/echo/notes', component: Notes, permission: 'echo.write' },
  ],
  portal: {
    latest: async () => (await api('/echo/notes')).items.map((n) => ({ title: n.text, href: '/echo', date: n.createdAt })),
    search: async (q) => (await api('/echo/notes')).items
      .filter((n) => n.text.includes(q)).map((n) => ({ title: n.text, href: '/echo' })),
  },
  messages: {
    'zh-CN': {
      'echo.board': '便笺墙', 'echo.notes': '便笺管理', 'echo.text': '内容', 'echo.add': '添加',
      'echo.d.item': '便笺发布', 'echo.d.content': '发布一条便笺', 'echo.d.step1': '填写内容', 'echo.d.step2': '提交',
      'echo.d.standard': '即时发布', 'echo.d.supervision': '平台监督电话', 'echo.d.contact': '测试联系人',
    },
    en: {
      'echo.board': 'Note board', 'echo.notes': 'Notes', 'echo.text': 'Text', 'echo.add': 'Add',
      'echo.d.item': 'Note publishing', 'echo.d.content': 'Publish a note', 'echo.d.step1': 'Write the text', 'echo.d.step2': 'Submit',
      'echo.d.standard': 'Published at once', 'echo.d.supervision': 'Platform supervision line', 'echo.d.contact': 'Test contact',
    },
  },
};
