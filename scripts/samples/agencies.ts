/**
 * Invented reporting bodies with real place names, at every administrative level, for the generated
 * reports. The numbers in the reports are invented too: these are not the agencies' real figures.
 */
import type { Agency } from './model'

const county = (name: string, region: string, domain: string, self = '我局'): Agency => ({
  name, region, level: 'county', parent: '县委、县政府', self, domain, site: `${region}人民政府`,
})
const prefecture = (name: string, region: string, domain: string, self = '我局'): Agency => ({
  name, region, level: 'prefecture', parent: '市委、市政府', self, domain, site: `${region}人民政府`,
})
const province = (name: string, region: string, domain: string, self: string): Agency => ({
  name, region, level: 'province', parent: '省委、省政府', self, domain, site: `${region}人民政府`,
})

export const AGENCIES = {
  jixiNatural: county('绩溪县自然资源局', '绩溪县', '自然资源管理'),
  qimenMarket: county('祁门县市场监督管理局', '祁门县', '市场监管'),
  yuexiHr: county('岳西县人力资源和社会保障局', '岳西县', '人力资源和社会保障'),
  pingjiangTransport: county('平江县交通运输局', '平江县', '交通运输'),
  jinganAgri: county('靖安县农业农村局', '靖安县', '农业农村'),
  muchuanHousing: county('沐川县住房和城乡建设局', '沐川县', '住房和城乡建设'),
  tongdaoHealth: county('通道侗族自治县卫生健康局', '通道侗族自治县', '卫生健康'),
  liquanEdu: county('礼泉县教育局', '礼泉县', '教育'),
  yongdingCity: { ...county('永定区城市管理局', '永定区', '城市管理'), parent: '区委、区政府' },
  changdeEco: prefecture('常德市生态环境局', '常德市', '生态环境保护'),
  shaoguanWater: prefecture('韶关市水务局', '韶关市', '水务'),
  jingdezhenCulture: prefecture('景德镇市文化广电旅游局', '景德镇市', '文化和旅游'),
  ganzhouStats: prefecture('赣州市统计局', '赣州市', '统计'),
  zhejiangTransport: province('浙江省交通运输厅', '浙江省', '交通运输', '我厅'),
  jiangxiForestry: province('江西省林业局', '江西省', '林业', '我局'),
  gansuWater: province('甘肃省水利厅', '甘肃省', '水利', '我厅'),
  stateForestry: {
    name: '国家林业局', region: null, level: 'central', parent: '国务院办公厅', self: '我局', domain: '林业', site: '国家林业局',
  } satisfies Agency,
  stateArchives: {
    name: '国家档案局', region: null, level: 'central', parent: '国务院办公厅', self: '我局', domain: '档案', site: '国家档案局',
  } satisfies Agency,
  shexianShendu: {
    name: '歙县深渡镇人民政府', region: '歙县深渡镇', level: 'township', parent: '县委、县政府', self: '我镇', domain: '乡镇', site: '歙县人民政府',
  } satisfies Agency,
  wuyuanJiangwan: {
    name: '婺源县江湾镇人民政府', region: '婺源县江湾镇', level: 'township', parent: '县委、县政府', self: '我镇', domain: '乡镇', site: '婺源县人民政府',
  } satisfies Agency,
  longshengHeping: {
    name: '龙胜各族自治县和平乡人民政府', region: '龙胜各族自治县和平乡', level: 'township', parent: '县委、县政府', self: '我乡', domain: '乡村', site: '龙胜各族自治县人民政府',
  } satisfies Agency,
} as const
