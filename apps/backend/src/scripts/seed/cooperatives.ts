/** The demo cooperatives and the warehouse each ships from: real places around Alar and Aksu, Xinjiang. */
export const SEED_COOPERATIVES = [
  {
    handle: "alar-12th-regiment-jujube",
    name_zh: "阿拉尔市十二团红枣专业合作社",
    name_en: "Alar 12th Regiment Jujube Cooperative",
    place_zh: "新疆阿拉尔市 十二团",
    place_en: "12th Regiment, Alar, Xinjiang",
    story_zh: "塔里木河畔的沙质土壤和昼夜温差，让十二团的骏枣和灰枣皮薄肉厚。合作社统一采收、分拣、烘干，枣农直接供货。",
    story_en: "Sandy soil by the Tarim River and wide day–night swings give 12th Regiment jujubes thin skins and thick flesh. Members pick, grade and dry together and sell direct.",
    contact_name: "王建国",
    contact_phone: "13899001201",
    location: { name: "十二团仓 · 12th Regiment warehouse", city: "阿拉尔市", address_1: "十二团 团部工业园" },
  },
  {
    handle: "alar-10th-regiment-orchard",
    name_zh: "阿拉尔市十团果业合作社",
    name_en: "Alar 10th Regiment Orchard Cooperative",
    place_zh: "新疆阿拉尔市 十团",
    place_en: "10th Regiment, Alar, Xinjiang",
    story_zh: "十团的果园种植冰糖心苹果和香梨，采用冷库保鲜，冷链直发城市餐桌。",
    story_en: "10th Regiment orchards grow rock-sugar-heart apples and fragrant pears, kept in cold stores and shipped by cold chain to city tables.",
    contact_name: "李梅",
    contact_phone: "13999101002",
    location: { name: "十团冷库 · 10th Regiment cold store", city: "阿拉尔市", address_1: "十团 果品冷库" },
  },
  {
    handle: "aksu-tokayi-walnut",
    name_zh: "阿克苏市托喀依乡核桃合作社",
    name_en: "Tokayi Township Walnut Cooperative, Aksu",
    place_zh: "新疆阿克苏市 托喀依乡",
    place_en: "Tokayi Township, Aksu, Xinjiang",
    story_zh: "托喀依乡的维吾尔族果农世代种植核桃和巴旦木，薄皮核桃手一捏就开。",
    story_en: "Uyghur growers in Tokayi have raised walnuts and almonds for generations; the thin-shell walnuts crack in one hand.",
    contact_name: "艾买提·吐尔逊",
    contact_phone: "13709971003",
    location: { name: "托喀依乡仓 · Tokayi warehouse", city: "阿克苏市", address_1: "托喀依乡 农产品集散点" },
  },
  {
    handle: "alar-14th-regiment-dried-fruit",
    name_zh: "阿拉尔市十四团干果合作社",
    name_en: "Alar 14th Regiment Dried Fruit Cooperative",
    place_zh: "新疆阿拉尔市 十四团",
    place_en: "14th Regiment, Alar, Xinjiang",
    story_zh: "十四团的晾房利用干热风自然阴干葡萄，无添加，颗粒饱满。",
    story_en: "14th Regiment drying houses air-dry grapes in the hot desert wind, with nothing added.",
    contact_name: "张丽",
    contact_phone: "15199901404",
    location: { name: "十四团仓 · 14th Regiment warehouse", city: "阿拉尔市", address_1: "十四团 晾房区" },
  },
] as const

export type CooperativeHandle = (typeof SEED_COOPERATIVES)[number]["handle"]

/** The six shop categories, Chinese first. */
export const SEED_CATEGORIES = [
  { handle: "jujubes", name_zh: "红枣", name_en: "Jujubes" },
  { handle: "apples", name_zh: "苹果", name_en: "Apples" },
  { handle: "pears", name_zh: "香梨", name_en: "Fragrant pears" },
  { handle: "nuts", name_zh: "核桃与坚果", name_en: "Walnuts & nuts" },
  { handle: "dried-fruit", name_zh: "干果", name_en: "Dried fruit" },
  { handle: "gift-boxes", name_zh: "礼盒", name_en: "Gift boxes" },
] as const

export type CategoryHandle = (typeof SEED_CATEGORIES)[number]["handle"]
