// One table per clause type, in our own words: sentences the type must be found in (positive),
// sentences that sound related but restrict nothing of that kind (nearMiss), and sentences that say
// the restriction does not exist (negation). A new clause type adds one table here.
import { describe, expect, it } from '@jest/globals'
import { detectClauses } from '../../src/clauses/index.js'
import type { ClauseType } from '../../src/types.js'

interface Table {
  positive: string[]
  nearMiss: string[]
  negation: string[]
}

const TABLES: Record<ClauseType, Table> = {
  'user-threshold': {
    positive: [
      'Should more than three million individuals use your app in any month, this grant lapses.',
      'Deployments serving over 50,000 daily active users need a separate enterprise licence.',
      '若您的服务月活跃用户超过五千万，须另行申请授权。',
      'If your product reaches more than five million monthly users, you must obtain a commercial licence.',
      'This licence covers deployments of up to 100,000 daily active users.',
      'Services with over 2,000,000 registered accounts are not licensed under these terms.',
      'Where more than one million distinct individuals use the Model through your service in any thirty-day period, you must notify us.',
      'The free licence ends once your customer base exceeds ten thousand customers.',
      'Use by more than 500 seats requires an enterprise agreement.',
      '若您的产品月活跃用户数超过一千万，须另行取得许可。',
      '日活跃用户超过十万的服务，须与许可方签订商业协议。',
      '使用本模型的个人用户数量在任意三十天内超过五十万的，本许可自动终止。',
      'If at any point your platform serves upwards of 1.5 million people monthly, this licence no longer applies to you.',
      'Deployments with in excess of two hundred thousand daily users must be registered with us.',
      'This permission is limited to organisations whose products reach fewer than 100k users a month.',
      '单月使用人数超过两百万的产品，须事先取得许可方书面同意。',
      'If your services exceed 25 million monthly active users, you need a separate licence.',
      '本许可仅适用于月活跃用户不超过一百万的产品。',
      'Participants not exceeding three hundred per term may use the Model under this licence.',
      '"Small Team" means an organisation with fewer than 2,000 monthly actives.',
      '每个机构最多开通五十个账号。',
      'Your product may reach up to 20k daily actives before a paid plan is required.',
      'The number of patients enrolled through your service shall not exceed twenty thousand without our consent.',
      'Use by more than ten thousand registered members per month requires our prior written approval.',
      'You may deploy the Model to a maximum of 500 workstations.',
      '月活过了三十万，就得先找我们拿授权。',
      'Concurrent sessions are limited to 150 per licence.',
      'Got more than 200k monthly users? Then you will need a commercial licence.',
      'Once you hit 2M MAU, ask us for a licence.',
      '注册用户过了二十万就不能免费用了。',
      'Free for services with fewer than 40,000 monthly users.',
      "Your organisation's headcount of active seats shall not exceed 75.",
      'This edition is licensed for sites whose device count stays under 30; further devices must be bought.',
      '| Limit | Amount |\n| --- | --- |\n| Registered accounts | 5,000 |\nCross the cap and you need a paid licence.',
      '| Concurrent devices per site | 40 max |',
      '• 席位总数上限：两百个。超出后须另行购买。',
      'This licence does not cover organisations that have more than 1,000 staff.'
    ],
    nearMiss: [
      'The evaluation set has 2,000,000 user prompts.',
      'Licensees with revenue above $5M pay a fee.',
      'The dataset contains responses from 12,000 users.',
      'Our service has more than 10 million users worldwide.',
      'Companies with revenue above $10 million must pay a fee.',
      'The model has 7 billion parameters.',
      '本模型已服务超过一亿用户。',
      'We estimate that 40,000 users downloaded the model last month.',
      'The model was trained with feedback from 3,000 annotators over six months.',
      'No matter how many users your product has, these terms stay the same.',
      'The model card lists 12 languages.',
      'The dataset has 2 million samples drawn from 30,000 users.',
      'Our gateway is designed to sustain up to 40,000 concurrent users per region.',
      'A single node can serve up to 800 concurrent users.',
      'Each account may send up to 30 requests per minute.',
      '本平台最多支持十万名用户同时在线。',
      'Each session is limited to 2,000 tokens.',
      '年收入超过八百万的公司，商用请联系我们。',
      'Got more than 200k monthly users? Congratulations on the growth.',
      'Tip: for more than 50 simultaneous users, enable batching with --max-batch 32.',
      'For deployments above 10,000 concurrent users, raise the worker count to 16.',
      'With over 2,000 daily visitors, set the cache size to 4 GB.',
      '| Metric | Value |\n| --- | --- |\n| Monthly active users | 3M |',
      '| Stat | Value |\n| --- | --- |\n| Peak concurrent users | 12,000 |\nMaximum context length is 8,192 tokens.',
      'Our company has more than 1,000 staff worldwide.'
    ],
    negation: [
      'The licence places no cap on the number of users.',
      'There is no user limit.',
      'The licence does not cap how many users you may serve.',
      '本许可不限制用户数量。'
    ]
  },
  'revenue-threshold': {
    positive: [
      'Organisations whose annual turnover exceeds EUR 20 million must negotiate a commercial agreement.',
      '年营业收入超过一千万元人民币的企业须获得书面授权。',
      'Firms generating over 2 million Canadian dollars a year need a paid licence.',
      'If your annual income is above fifty million yen, these terms do not apply to you.',
      '年收入超过五千万元人民币的企业不适用本许可。',
      'The community grant stops at £2M of annual turnover.',
      'Free for startups with < €1M ARR.',
      'Companies making more than $8 million a year must license the Model commercially.',
      '年营业额不到两千万元的团队可以免费使用，超过的须另行授权。',
      '年收入五千万元以下的企业可免费商用，超出部分请联系我们获取付费授权。',
      'Companies bringing in more than $3M a year must buy a licence.',
      '本社区许可仅适用于年营业额低于五百万美元的组织。',
      'Licensee represents that its annual gross revenue is less than USD 10 million.',
      'Earning over $20M a year? You need an enterprise licence.',
      '年营收过亿的企业得购买商业授权。',
      'Free unless your company pulls in more than €3M annually.',
      '- My organisation’s annual revenue is below $5M',
      'Under $2M revenue? Free. Over? Paid licence.',
      '企业每年流水超过八百万的，用之前要先买授权。',
      '累计获得融资超过五千万美元的公司不适用本许可。',
      'Shops with under £100k in yearly takings use it free; larger ones must buy a licence.',
      "By downloading you confirm that your group's yearly income is below €3 million.",
      'Studios (under $400k a year in sales) pay nothing; others buy a studio licence.',
      '| Threshold | Value |\n| --- | --- |\n| Yearly turnover | €2M |\nAbove the threshold a paid licence is required.',
      '| Gross receipts | Plan |\n| --- | --- |\n| below £500k | Free |\n| £500k and above | Paid |'
    ],
    nearMiss: [
      'Training the model cost roughly $3,000,000.',
      'The model predicted quarterly revenue of $5 million for the test company.',
      'Last year the licensor reported revenue of €12 million.',
      'Our startup reached $3 million in annual sales in 2025.',
      'Businesses with under $2M in turnover qualify for a 20 percent discount on support.',
      'This Model helps businesses grow revenue by over $1M.',
      'We donate 1% of revenue above $1M to open research.',
      'Companies with under $5M revenue can apply for our startup programme.',
      '我们公司去年营收过亿。',
      'Our total funding to date is $12 million.',
      '公司去年流水达到三千万元。',
      '| Metric | Value |\n| --- | --- |\n| Annual revenue | $40M |',
      '| Plan | Price |\n| --- | --- |\n| Starter | $10 per month |\n| Pro | over $100 per month |',
      '| Revenue | 2023 |\n| --- | --- |\n| Q1 | $2M |'
    ],
    negation: ['There are no revenue limits of any kind.', 'This licence sets no revenue threshold.']
  },
  'field-of-use-restriction': {
    positive: [
      'You shall not embed the weights in a medical device.',
      'Use of the Model for clinical decision support is prohibited.',
      '不得将本模型用于医疗器械或临床决策。',
      'The Model may not be used for ad targeting based on sensitive traits.',
      'Prohibited uses: weapons development, mass surveillance.',
      '| Excluded fields | Military; biometric identification |',
      '| 禁止用途 | 军事、监控 |',
      'You shall not deploy the model in weapons systems or for the surveillance of individuals.',
      '不得将本模型用于监控他人。',
      'None of these uses is allowed: weapons development, mass surveillance, biometric identification.',
      'Licensee shall not deploy the model in any prohibited sector.',
      '不得将本模型用于军事或监控目的。',
      'The Model shall not be used to assess the creditworthiness of loan applicants.',
      'Licensee shall refrain from using the Model for insurance underwriting or tenant screening.',
      '用户不得将本模型用于信用评分或保险定价。',
      '本模型不得用於軍事或監控用途。',
      'Use in air traffic control systems is expressly excluded.',
      'You shall not use the model to determine access to housing, education or employment.',
      'Use of the Model in criminal justice decisions, such as bail or sentencing, is prohibited.',
      '不得将本模型用于生成色情内容。',
      '严禁将本模型用于网络攻击或恶意软件开发。',
      'Do not use the model to provide medical advice.',
      'You shall not use the model for election interference or voter suppression.',
      'You may not use the model to generate hate speech.',
      '不得利用本模型危害国家安全。',
      '不得將本模型用於選舉操縱。'
    ],
    nearMiss: [
      'The Model is not a medical device and has not been cleared by any regulator.',
      'Our team includes former medical device engineers.',
      'We do not sell targeted ads.',
      'Military history questions were excluded from the evaluation set.',
      'The model is not restricted from answering questions about weapons.',
      'The software is not designed for use in nuclear facilities.',
      'The Licensor does not provide medical advice.',
      'We evaluated the model on surveillance footage benchmarks.',
      '本模型未针对医疗场景进行评估，结果仅供参考。',
      'We do not provide medical advice.',
      '本模型未经军事场景测试。',
      'The model is not suitable for medical diagnosis.',
      'The model should not be relied on for legal advice.',
      '本模型不适用于医疗诊断。',
      'The model can detect hate speech in social media posts.'
    ],
    negation: [
      '| Restricted fields | None |',
      '| Restricted fields of use | No |',
      '| 禁止用途 | 无 |',
      'This licence does not impose any restrictions on fields of use.',
      'This licence does not restrict use in military or medical settings.',
      'There are no restrictions on using the model for insurance underwriting.'
    ]
  },
  'acceptable-use-policy': {
    positive: [
      'Use of the Dataset is conditioned on compliance with the Data Use Guidelines at https://x.example/g.',
      'Access is granted on condition that you honour the Appropriate Use Policy published by us.',
      'Any use that contravenes our Harm Prevention Policy is not licensed.',
      'Licensee shall respect the Permitted Use Charter maintained by the Foundation.',
      'Use of the Model is conditioned on adherence to the Permitted Use Schedule attached hereto.',
      'Your use of the weights must follow the Heron Acceptable Use Policy, as updated from time to time.',
      'Deployments stay subject to the Halcyon Content Policy, which forms part of these terms.',
      'You must ensure that your use conforms to the Halcyon Safety Guidelines, as we revise them.',
      'The weights may be used only in accordance with the Code of Conduct in Annex B.',
      'Every deployment must observe the Orca Content Policy, which forms part of this licence.',
      'Breaching the Responsible Use Policy ends your rights under this grant.',
      'You agree to the Heron Usage Rules, which we may amend from time to time.',
      '您在使用本模型时必须遵循《行为准则》。',
      'Licensees shall ensure that all use conforms to the Osprey Responsible AI Standard.',
      'By downloading the model you agree to be bound by our Acceptable Conduct Code.',
      'Any use that would breach the Osprey Fair Use Charter is not permitted.',
      'Annex B (Acceptable Use) forms part of this licence and binds you.',
      'All use is conditioned on adherence to the Osprey Code of Conduct.',
      '使用前请阅读我们的《使用规范》并照着做，否则授权作废。',
      'Your use must follow the Responsible AI License Addendum attached as Exhibit B.',
      'Use of the Model is conditional upon compliance with the Osprey Use Restrictions published at osprey.example/use.',
      '違反《使用規範》者，授權自動終止。',
      'You agree to follow the Restricted Use Annex attached to this licence.',
      'All use must respect the Osprey Responsible AI Framework.',
      'Use of the model must conform with the Prohibited Activities list in Appendix A.',
      '您应遵守附件A中的禁止用途清单。'
    ],
    nearMiss: [
      '如发现违反本使用政策的行为，请发送邮件至 abuse@example.cn。',
      '違反使用政策之情形，請來信告知 abuse@example.tw。',
      'Our Data Retention Policy explains how long logs are kept.',
      'Questions about the Harm Prevention Policy can be sent to policy@example.com.',
      'Our usage policy is simple: obey the law wherever you use the Model.',
      'Report misuse of the model to abuse@example.org.',
      'Your use of our website is subject to the Halcyon Privacy Policy.',
      'This Source Code Form is subject to the terms of the Example Public License.',
      'Heron Usage Rules',
      'Questions about the use policy can be sent to legal@example.org.',
      'Please use the model lawfully.',
      'Our privacy policy describes which logs we keep.',
      'The model was tested against industry safety standards.',
      'Any derivative must be subject to use restrictions at least as protective as those in Schedule A.',
      "An individual's use of the Covered Code in the course of employment is use by the employer.",
      'You may use the Standard Version for any purpose.',
      'Our code of conduct applies to contributors in the issue tracker.',
      '社区行为准则适用于贡献者。',
      'The use restrictions are listed in Attachment A for reference only.',
      'Prohibited uses:\n- Military targeting\n- Surveillance of individuals',
      'We follow the NIST AI Risk Management Framework internally.',
      'The content guidelines in this repository apply to pull requests.'
    ],
    negation: [
      'This licence has no acceptable use policy.',
      'This licence does not incorporate any acceptable use policy or usage guidelines.',
      'These terms do not include any acceptable use policy.',
      'There are no usage rules beyond this licence.',
      '本协议不包含任何行为准则。',
      '本协议不纳入任何行为准则。',
      'Our usage policy for the API does not apply to the weights.',
      'This licence replaces the previous acceptable use policy.'
    ]
  },
  'non-commercial': {
    positive: [
      'Can I use the model in a product I charge for? Not under this licence; you would need our commercial terms.',
      'Charging users a fee to access the Model, whether per call or by subscription, is not permitted.',
      'Levying fees for access to any service built on the Model is prohibited.',
      'The Software may not be used in any activity pursued for pecuniary gain.',
      'Neither the weights nor any adaptation of them may be exploited commercially.',
      'You may not offer services built on the Model to clients for money.',
      'The model may not be used in any revenue-generating product.',
      'Commercial exploitation of the weights is prohibited.',
      '未经授权，不得将本模型用于商业用途。',
      'No use of the weights that earns money is permitted.',
      '禁止将本模型用于营利性活动。',
      'You shall not use the weights to make money.',
      'Use for private monetary gain is not permitted.',
      '本模型不得用于任何营利目的。',
      '商业用途须事先取得许可方的书面同意。',
      'Companies must register before putting the model into a commercial product.',
      'For-profit organisations may not use the Software.',
      'You must not run the Model in any service for which you collect a fee.',
      'No paywalls or advertising revenue may be built around the weights.',
      'Licensee shall not use the Model, whether alone or combined with other software, in any undertaking carried on for commercial advantage.',
      '商业使用请先联系我们。',
      '如需商用，须先完成登记并获得授权后才可使用。',
      '仅供个人非商业用途，商用请联系开发者。',
      'The Model is licensed for non-profit use.',
      'Only non-profit organisations may use the Software.',
      '本模型只能用于非营利目的。',
      'You may not use the Model, or any derivative of it, in connection with any product or service that is sold, licensed or otherwise provided for a fee.',
      'Commercial use is prohibited unless you have entered into a commercial agreement with us.',
      'Reselling access to the Model is off limits unless you hold a commercial licence.',
      'Personal use only, no commercial stuff.',
      '只能自己用，不能拿去赚钱。',
      'You cannot sell anything you make with the Model.',
      '商用的话得先跟我们签合同。',
      'Free for personal use, not for business.',
      '个人随便用，公司用要付费。',
      'No paid apps, no client work.',
      'Any service in which access to the Model is resold is outside the licence granted here.',
      'Save as permitted in writing, the Licensee shall not use the Model, in whole or in part, in connection with any undertaking carried on for profit.'
    ],
    nearMiss: [
      'Can a company use it free of charge? No — above €5M in revenue it pays.',
      'Can a company use it for free? No, above €5M it pays.',
      'We do not charge for access.',
      "We don't charge anything for downloading the weights.",
      'The Licensor does not charge for access to the Model.',
      'Transfer of the Model, whether for payment or free of charge, is prohibited.',
      'Commercial support contracts are sold separately.',
      'Non-commercial organisations get a discount.',
      'You may share copies, whether for free or for a fee.',
      '"Licence Elements" means the attributes named in the title: Attribution, NonCommercial, NoDerivatives, ShareAlike.',
      'Images produced by the Model may be used for non-commercial purposes only.',
      '如需商业技术支持，请联系我们。',
      'Commercial licences above 5,000 seats are negotiated separately.',
      'You may not charge a fee for this Package itself.',
      'You may not use the Model for spam, and you may use it for commercial purposes.',
      '年收入不到五百万元的团队可以免费商用。',
      'Non-profit organisations may request free hosting.',
      '非营利组织可以申请免费托管。',
      'Above $30M in annual revenue, commercial use requires an Enterprise Licence.',
      'Companies serving more than 100,000 users may not use the Model commercially without a paid licence.',
      'You shall not sell or otherwise make the Model available to any third party.',
      'Not-for-profit use is welcome.',
      'This model is free for not-for-profit organisations.',
      'The following conditions apply to Commercial Deployments:\n(a) each further block of 50 concurrent users requires an additional seat.'
    ],
    negation: [
      'You may use the Model commercially, and we will not charge for it.',
      'Companies may use it commercially without asking us.',
      'Commercial and non-commercial use are both allowed.',
      'This licence contains no non-commercial restriction.',
      'Nothing in these terms confines use of the Model to non-commercial purposes.',
      'The licence contains no non-commercial clause.',
      'Nothing here limits use to non-commercial settings.',
      'Commercial use is allowed; registration is optional.',
      '本模型可免费用于商业用途。',
      '本许可对商业与非商业用途一视同仁。'
    ]
  },
  'research-only': {
    positive: [
      'You may use these weights only to conduct and publish evaluations of model behaviour.',
      'The checkpoint is provided for use by accredited research institutions only.',
      'You may run the Model only for experiments whose results you intend to publish.',
      'The checkpoint may be used only for academic research.',
      'You may not use the weights except for scientific study.',
      '本模型仅供科研使用。',
      'The weights are reserved for academic study.',
      'Use is confined to scientific research.',
      'You may not use the model for anything except scholarly research.',
      '本模型仅可用于科研目的。',
      'You may use the Model only for the Authorised Purpose, which is non-commercial scientific research.',
      'Licensee may use the weights only to evaluate them for a benchmark paper.',
      '本模型仅限个人学习、研究使用。',
      'Access is granted for research use; no other use is permitted.',
      'Approved users may use the weights for academic research and nothing else.',
      'You may use the Model for:\n(a) academic research;\n(b) teaching;\nand for no other purpose.'
    ],
    nearMiss: [
      'Except that you may cite them in evaluations, generated texts shall not be shared in bulk.',
      'Copies may be kept only on servers run by the research team.',
      'The model was evaluated only on English benchmarks.',
      'Only the research team can answer questions about the data.',
      'Our research team trained the model on public data.',
      'The model helps research teams and product teams alike.',
      '本模型适用于研究和生产。',
      'Except for evaluation on your own servers, no use of the model that earns money is allowed.',
      'Copies may not be given to anyone outside the research team.',
      '本模型未经临床评估，输出仅供参考。',
      '"Purpose" means building products. You may use the Model only for the Purpose.',
      'We thank the research community. No other use of the logo is permitted.',
      'Architecture: a research prototype, dense decoder-only transformer model.',
      '"Model" means the network developed by Example Research. You may distribute the Model only with this licence.',
      'You may use the Model for:\n(a) building products;\n(b) teaching;\nand for no other purpose.',
      'Derivative Models may be created for internal evaluation but shall not be published.'
    ],
    negation: [
      'Use of the model is not limited to research.',
      'This version carries no research-only condition.',
      'There is no research-only restriction on this model.',
      'Nothing in this licence limits use to research.',
      'Research only: no.'
    ]
  },
  'output-use-restriction': {
    positive: [
      '禁止將本模型之產出用於訓練其他模型。',
      '模型产出不得用于开发竞争产品。',
      "You may not use the assistant's replies to train another AI system.",
      'Transcripts generated by the Service may be used internally only.',
      'Summaries generated by the API must not be sold.',
      'Completions returned by the hosted endpoint may not be resold.',
      'Text produced by the model must not be used to train another language model.',
      'Outputs may be used for personal projects only.',
      '不得使用本模型的输出训练其他模型。',
      'You may not use any responses generated by the Model to train a competing model.',
      'Synthetic data produced with the Model may only be used for evaluation.',
      'You shall not use the Model to generate training data for other machine learning models.',
      'Completions from the model must not be used to improve other large language models.',
      'Outputs may not be used for commercial purposes.',
      'Generated images may not be sold.',
      'You agree not to use outputs to develop models that compete with us.',
      '不得将本模型的输出用于训练其他人工智能模型。',
      '禁止使用本模型生成的数据改进其他模型。',
      '模型输出仅可用于非商业用途。',
      'Outputs must not be used to train a model that competes with the Licensor.',
      'You may not use text generated by the Model to build training datasets for other AI systems.',
      'Responses from the model cannot be used for developing rival language models.',
      '您不得利用本模型的输出结果训练任何其他模型。',
      'You may not use the outputs of the Model to create a dataset for training a competing model.',
      'Outputs may not be used to improve any other large language model.',
      'Nothing the Model generates may be used to train another machine-learning system.',
      'Do not use what the assistant writes to build a rival model.',
      '本模型生成的音频不得拿去训练其他模型。',
      '使用本模型生成的视频对外发布时，须标注“AI生成”。',
      '用本模型生成的代码不能拿去卖。',
      'Text the Model produces may not be sold.',
      'Responses from the Model may not be resold.',
      '生成的东西别拿去训练别家的模型。',
      '使用本模型產生之內容，不得用於訓練其他模型。',
      'Synthetic data made with the Model may be published, but not used as training data for another model.',
      'Do not train other models on what it spits out.',
      'Any Output used in a publication must be clearly identified as machine-generated.',
      'You shall not represent Output as human-generated.',
      'Generated audio may be used in personal projects but may not be sold.',
      'Do not train other models on what this one writes.',
      'The use of generated images to build training sets for third-party models is prohibited.'
    ],
    nearMiss: [
      '本模型的产出质量因任务而异。',
      "The model's answers may be inaccurate.",
      'Logs generated by the Service are kept for 30 days.',
      'Reports generated by the API may be exported as CSV.',
      'The model produces outputs in English and French.',
      'You own the outputs you create with the Model.',
      'Outputs may contain errors.',
      'You may use generated content for any lawful purpose.',
      'The model generates text in several languages.',
      '您拥有使用本模型生成的内容的权利。',
      'The outputs are yours to use as you wish.',
      'You may use generated images in commercial products.',
      'The model outputs JSON when asked to.',
      '本模型生成的内容归您所有。',
      'Feel free to share generated images.',
      'The Model has not been audited for legal use and may produce misleading answers.',
      '模型生成的内容不代表我们的立场。',
      'Nothing the Model produces is reviewed by a human.',
      '生成的内容不一定准确，请谨慎使用。',
      'The Licensor claims no rights in outputs you generate using the Model.',
      '许可方不承担您使用模型输出结果而产生的任何风险。',
      'Outputs may be presented as JSON or as plain text.',
      'The Model is not tested for legal use, and its outputs may be inaccurate.',
      '"Derivative" means any model created by fine-tuning, distilling or merging the Model.'
    ],
    negation: [
      '您可以自由使用本模型的产出。',
      "You may use the model's answers for any purpose.",
      'This licence does not impose any restrictions on outputs.',
      'No restrictions apply to outputs.',
      'You may use outputs to train other models.',
      '本协议对输出的使用不作任何限制。'
    ]
  },
  'geographic-restriction': {
    positive: [
      'No licence is granted to companies established in Ruritania.',
      'The rights apply in the European Union only.',
      '本模型不得向居住在境外的个人提供。',
      'This licence is not available to persons resident in Atlantis.',
      'The Model may only be deployed within the European Economic Area.',
      'Entities headquartered in Oceania Republic are excluded from this licence.',
      'The rights granted do not extend to users located in mainland China.',
      'You may not offer the Model to customers in Eastasia.',
      'No licence is granted in respect of the territory of Xanadu.',
      'Residents of Zembla may not download or use the Model.',
      '本许可不适用于中国大陆以外的地区。',
      '位于欧盟境内的用户不得使用本模型。',
      '本模型仅限在日本境内使用。',
      'People living in Freedonia are not permitted to use the Model.',
      'This licence is granted only for use within Australia and New Zealand.',
      'The Model may not be made available in the Russian Federation.',
      '本模型的使用仅限于中国境内。',
      'Use of the Model is restricted to persons located in the United States.',
      "This licence does not cover use in the People's Republic of China.",
      'The licence is void for organisations incorporated in Ruritania.',
      'Licensees established in a Restricted Territory may not use the Model.',
      'No licence is granted to any person ordinarily resident or incorporated in a country subject to an embargo imposed by the Licensor’s home jurisdiction.',
      'You may use the Model only within the Territory.',
      'The weights may be hosted only from within Norway and Sweden.',
      '服务器须部署在中国境内。',
      '住在欧盟的用户不得使用本模型。',
      '海外用户不能使用本模型。',
      'This licence is void in the Province of Quebec.',
      'This offer does not extend to entities headquartered in any Embargoed Country.',
      'Distribution of the Model into the People’s Republic of China is prohibited.',
      'I confirm that I am not resident in, or incorporated in, a country listed in Schedule 2.',
      'Lesotho is one of the excluded territories.',
      'The licence excludes Nauru, and no rights are granted there.',
      'Folks in Ruritania cannot use this.',
      'EU customers may not use this model.',
      '本许可仅授予在中华人民共和国境内注册的企业。',
      '- I am not located in a sanctioned country',
      'No rights are conferred on any entity that has its principal place of business in Freedonia.',
      'Use of the Service from Ruritania is not permitted.',
      'You may not use the Model in any country listed in Schedule 4.',
      'Inference servers for the Model shall be situated within Norway.',
      'This permission is not available to people living in Greenland.',
      'Rights under this licence are withheld from residents of Tuvalu.',
      'Companies organised under the laws of Kiribati are ineligible for this grant.',
      'The Licensee shall not deploy the Model beyond the Territory.',
      '| Excluded territories | Cuba, Syria |',
      '| Restricted countries | Iran, Myanmar |'
    ],
    nearMiss: [
      'This agreement is governed by the laws of Ireland.',
      'You must comply with export controls of the United States.',
      'This Agreement shall be governed by the laws of England and Wales.',
      'The Model was evaluated on benchmarks from India and Brazil.',
      'You must comply with the export control laws of the United States.',
      'Our team is based in Paris.',
      '本协议受中华人民共和国法律管辖。',
      'The licence is granted for use anywhere in the world.',
      'The courts of Switzerland have exclusive jurisdiction.',
      'The model is popular in Japan and Korea.',
      'Our servers are located in Ireland.',
      '您可以在全球范围内使用本模型。',
      'The Licensor is incorporated in a country of the European Union.',
      'Our servers run in data centres in Finland.',
      '您应当遵守所在国家的法律。',
      'Users are welcome in every territory.',
      'The licence excludes warranties of any kind.',
      'The model is not intended for use in the European Union without a conformity assessment.',
      'You may not use data from Wikipedia without attribution.',
      'Our servers are located in Canada.',
      'The Licensee may keep backups outside the Territory.',
      'Residents of Norway are welcome to use the Model.',
      'Most of our annotators were based in Kenya.',
      '| Supported countries | Japan, Brazil |'
    ],
    negation: [
      'The licence is granted without territorial limitation.',
      'The licence applies worldwide, in every country.',
      'There are no territorial restrictions on use of the Model.',
      '本许可在全球范围内有效，不限地域。',
      'You are not required to reside in any particular country.'
    ]
  },
  'naming-requirement': {
    positive: [
      'Every derived model must include the word "Heron" in its name.',
      'Products using the model shall display "Powered by Heron".',
      "A derived model may not be published under a name that omits 'Halcyon'.",
      '您应当在产品界面显著位置标明“由云雀模型提供支持”。',
      'A derivative may not carry a name that drops the word "Heron".',
      '衍生模型须在产品页面显示“由 Heron 驱动”。',
      'Apps built on the model must display "Powered by Heron" in their footer.',
      'The Licensee shall show, in the about screen of any product that embeds the Model, the phrase "Runs on Osprey".',
      '使用本模型的应用，要在界面上写明“基于鱼鹰模型”。',
      'You must not call your modified version "Osprey".',
      'A modified version may not use the reserved name "Osprey" without our consent.',
      'Modified versions must not be distributed under the name Osprey.',
      '衍生模型之名稱須包含「鱼鹰」字樣。',
      'You must name any derivative model with the suffix "-osprey".',
      '修改后的模型不得继续使用“鱼鹰”这一名称。',
      '衍生版本要改个名字，不能叫“鱼鹰”。',
      "Q: What should my fine-tune be called? A: Anything, as long as 'Osprey' appears in the name.",
      'Derived models may use any name provided "Osprey" appears in it.',
      'Derivatives must be named in a way that makes clear they are not the original Osprey model.',
      'Fine-tuned checkpoints must have a model ID that starts with "Quill-".',
      'The splash screen of every app built on the Model shall read "Based on Tarn".',
      'Derivatives are to be identified as "Derived from Wren" wherever they are offered to the public.',
      'If you offer a hosted service using it, show "Runs on Halcyon" where visitors can see it.',
      'Published adaptations must bear a title that includes the word "Marlow".',
      'Forks shall be titled so that "Brindle" appears at the beginning.'
    ],
    nearMiss: [
      'The model was built with JAX.',
      'We welcome a "Built with Heron" badge on your site.',
      '我们欢迎您在产品中显示“由 Heron 驱动”。',
      '生成的图片须显著标注“由人工智能生成”。',
      'Neither the name of the authors nor the names of contributors may be used to endorse products derived from this software.',
      '修改后的模型不得使用许可方名称进行宣传。',
      'The file named NOTICE must accompany modified versions.',
      'You are welcome to mention "Built with Tarn" where readers can find it.',
      'Your product\'s About page may read "Based on Tarn" if you like.',
      'You must keep the notice "Copyright 2024 Tarn Labs" in every copy.',
      'All right, title and interest in the Model shall remain with the Licensor.',
      'The model identifier is listed on the release page.',
      'The fork titled "Brindle Mini" appears at the top of the list.',
      'The README must include "pip install brindle" in its quick-start section.',
      'Each release must identify the dataset version as "v2.1" in the changelog.'
    ],
    negation: [
      'You are encouraged to display "Built with Heron".',
      "This licence imposes no 'Built with' or 'Powered by' display requirement.",
      'No "Powered by" notice is required.',
      'You may call your modified version anything you like.',
      'We recommend, but do not require, a "Built with Osprey" badge.',
      '您可以自行为衍生模型命名。'
    ]
  },
  'remote-restriction': {
    positive: [
      'The Licensor may, by means of automatic updates, restrict or disable features of the Software.',
      'We can revoke your access token at any time, after which the weights no longer load.',
      'If the licence server cannot validate your copy, inference is disabled.',
      '許可方得透過遠端方式停用本模型。',
      'The Licensor may suspend any copy of the model remotely through its licence server.',
      'The Model checks its licence key online, and if the check fails the Model stops working.',
      'The Licensor may cut off inference on any registered device through its management console.',
      '我们可撤销您的访问密钥，使已部署的模型无法继续运行。',
      'The vendor can deactivate the weights on your servers over the internet at its discretion.',
      'If the licence key expires or is revoked by us, inference stops working.',
      '许可方有权通过远程方式暂停您部署的模型。',
      'We may push an update that disables features of the model on your devices.',
      "We may freeze your deployment's access to the weights without notice.",
      'Acme can deactivate any installation of the Software whenever it suspects misuse.',
      'Inference keys issued to you may be withdrawn by the Licensor at any time.',
      '许可方有权随时冻结被许可方的API密钥。',
      '我们可以暂停你对接口的调用。',
      '许可方可通过软件更新限制模型的部分功能。'
    ],
    nearMiss: [
      'Remote access to the demo is disabled unless you switch it on.',
      'You may revoke your own API keys from the dashboard at any time.',
      'The model can be served remotely from any cloud.',
      'The model will not stop working if the licence server is unreachable.',
      'We may disable telemetry in a future release.',
      'You can stop the remote server with Ctrl-C.',
      'We may suspend development of the Model at any time.',
      'The Licensor may throttle requests that exceed 60 per minute.',
      'Users may block other accounts from their workspace.',
      'You can revoke a token you issued to a colleague.',
      '许可方可随时收回本授权。',
      '您可以随时关闭软件更新。',
      '我们可能会暂停旧版接口的服务。'
    ],
    negation: [
      'The Licensor cannot disable your copy of the model remotely.',
      'The model has no licence server and no kill switch.',
      'We have no way to switch off copies you have downloaded remotely.'
    ]
  },
  'no-redistribution': {
    positive: [
      'Copies may be passed only to your own employees.',
      'Transfer of the weights, whether for a fee or free of charge, is prohibited.',
      '- No re-uploads to other model hubs.',
      '未經授權，不得散布本模型檔案。',
      'You may not give copies of the weights to anyone else.',
      'The checkpoints must not be uploaded to public hubs.',
      '不得向任何第三方分发本模型的权重。',
      'You may not lend, rent or give away the weights.',
      'The weights must never be handed on to any other party.',
      'Copies of the checkpoint shall not be passed to third parties.',
      'You are not allowed to publish the Model or any part of it.',
      'Sharing the Model with anyone outside your team is prohibited.',
      'The Model may be used internally only and may not be redistributed in any form.',
      'Licensee shall not sell, sublicense, or otherwise transfer the Model to another person.',
      'No copies of the weights may be distributed.',
      '不得将本模型提供给任何第三方使用或下载。',
      '禁止向他人传播、转让或出售模型权重。',
      '您不得公开发布本模型。',
      'Under no circumstances may the weights be shared with a third party.',
      'You must keep the checkpoint confidential and must not disclose it to anyone.',
      'The Model is for your own use; it may not be resold, lent or given away.',
      '严禁将模型文件上传至任何公开平台。',
      'You may not share the Model, or any portion of it, with others.',
      'Redistributing the checkpoint is strictly forbidden.',
      '除非获得许可方书面同意，您不得将本模型再分发给任何人。',
      "Mirroring isn't permitted.",
      'No sharing of the checkpoint is allowed.',
      'The weights shall not be re-distributed or re-posted anywhere.',
      'You may not place the checkpoint on any public repository.',
      'Copies may be stored only on servers run by your own team.',
      'None of the copies may leave your lab.',
      'You are not permitted to make the checkpoint publicly downloadable.',
      '- ❌ Re-hosting the weights',
      '本模型權重僅限貴單位內部使用，不得對外提供。',
      'The Licensee shall not pass any copy of the Model to another organisation.'
    ],
    nearMiss: [
      'You cannot sell it or charge for access to it.',
      'No uploads of personal data are accepted.',
      'If a copy of the licence was not distributed with this file, you can find it online.',
      'You may not distribute the Program except as expressly provided under this License.',
      'You may redistribute the Model provided you include this licence.',
      'This Agreement may not be assigned by you without our consent.',
      'The model card describes how the data were distributed.',
      'You may not share your account credentials with others.',
      '您可以分发本模型，但须附带本协议。',
      'You may share the weights with anyone, as long as you keep this notice.',
      'We distribute the weights through our website.',
      'Please do not share your API token.',
      'You may put the model on your own Hugging Face account.',
      'Licensee shall not host the Model on servers outside Canada.',
      'You may not sell or rent access to the hosted API.',
      'Fine-tuned versions of it may not be handed on to others.',
      'Copies may be stored anywhere you like.',
      'No distribution of outputs is permitted.',
      'You may not put the model into production without a safety review.',
      'Hosting the Model behind your API is permitted.',
      'Uploading personal data to the service is prohibited.',
      'Sharing of login credentials is not permitted.'
    ],
    negation: [
      'You may redistribute the model to anyone.',
      'There is no limit on sharing the weights.',
      'You may give copies of the Model to anyone.',
      '本协议不限制您再分发本模型。',
      'Nothing prevents you from sharing the checkpoint.'
    ]
  },
  'no-derivatives': {
    positive: [
      'Modification is prohibited.',
      'Translations of the weights into other formats are not permitted.',
      '不得基于本模型开发衍生模型。',
      'The weights shall not be fine-tuned or merged with other weights.',
      'Licensed under CC BY-NC-ND 4.0.',
      '不得对本模型进行任何修改。',
      'You are not permitted to make changes to the Model.',
      'The weights must be used in the form in which we supplied them, without alteration.',
      'Licensee may not build upon, remix or transform the checkpoint.',
      'Modifications of the Model are not permitted.',
      'Derivative models may not be created from these weights.',
      'No adaptation of the Model is licensed.',
      'The Model is provided for use in unmodified form only.',
      'You shall not retrain, re-quantise or otherwise change the parameters.',
      'Users must refrain from modifying the Model in any way.',
      'Any fine-tuning of the weights requires our prior written consent.',
      '禁止改编或二次开发本模型。',
      '用户不得对模型权重进行再训练或变更。',
      '您只能按原样使用本模型，不得作任何改动。',
      'Except for bug fixes agreed with us, you must not alter the Model.',
      'You must not produce any modified version of the Model.',
      'The Model must remain in its original, unmodified state.',
      'Creating LoRA adapters or other fine-tuned variants of the Model is not allowed.',
      '本模型不得被修改、微调或用于训练衍生模型。',
      'Licensee shall not, directly or indirectly, alter the weights of the Model.',
      'No one may modify the Model without the prior written approval of the Licensor.',
      'The Model shall be used solely in the form provided by the Licensor.',
      "Without the Licensor's prior approval you shall not prune or quantise the weights.",
      'Merging or fine-tuning the checkpoint is not allowed.',
      'The corpus is to be used unmodified.',
      '不要魔改这个模型。',
      'The dataset must be used as supplied; relabelling it is prohibited.',
      'The Model may only be used in the exact form we distribute.',
      'Altering the weights in any way terminates your rights.',
      '本模型僅供原樣使用，不得修改。',
      'Derived checkpoints may not be produced without a separate agreement.'
    ],
    nearMiss: [
      'You may not train a separate model on its responses.',
      'You must not call your modified version "Pellam"; choose another name.',
      'You may not alter any copyright notices.',
      'You may adapt the Model to your own data.',
      'Modified versions must carry a notice stating that you changed the files.',
      'We fine-tuned the base model on instruction data.',
      'You may not alter or remove the copyright notice.',
      'This Agreement may not be modified except in writing signed by both parties.',
      '您可以对本模型进行微调。',
      'The Licensor may modify this Agreement from time to time.',
      'You are free to modify and adapt the weights as you see fit.',
      'Modified versions must state that they were changed.',
      'The weights were fine-tuned from our base model.',
      '我们鼓励社区对模型进行微调。',
      'Any derivative you make may be shared freely.',
      'Modifications you make are yours.',
      'You can fine-tune the model for any purpose.',
      'You may not release your fine-tune under a proprietary licence.',
      'Derivatives must carry the prohibited uses of Section 4.',
      'Use the Model only as provided in Section 2.',
      '别把模型拿去商用。',
      'Without modification, the Model may be redistributed freely.',
      'Fine-tuning is allowed, provided the prohibited-use list is kept.',
      'Altering the licence text voids it.',
      'Derived models may be shared freely.'
    ],
    negation: [
      'You may modify the model with or without changes to its weights.',
      'Nothing in this licence restricts your right to modify the weights.',
      'Fine-tuning, merging and quantising the Model are all allowed.',
      '本许可不限制您修改本模型。',
      'You are not prohibited from creating derivative models.'
    ]
  },
  'restrictions-flow-down': {
    positive: [
      'Anyone you give the model to must accept the same use restrictions as you.',
      'Anyone you pass the weights to must be made subject to the use restrictions of Attachment A.',
      'Sublicensees shall be contractually bound to observe the prohibited uses listed in Section 3.',
      'The use limitations of this licence travel with the Model to each subsequent holder.',
      'You must make sure that your customers accept restrictions equivalent to those in this Agreement.',
      '再分发本模型的，应当要求第三方遵守本协议第五条的使用限制。',
      '下游使用者同样受本协议使用限制的约束。',
      'Whoever obtains the Model from you must be held to the same prohibitions that apply to you.',
      'Your terms of service must forbid every use that Section 4 forbids.',
      'The restrictions of Section 4 survive any transfer of the Model and bind each transferee.',
      '对衍生模型的再分发，须以不低于本协议的限制条件进行。',
      'Every person you let use the Model must first agree to the prohibited-use list in Exhibit B.',
      'Distributors shall contractually require each customer to observe Section 5.',
      '您向第三方提供本模型时，应当以书面形式要求其遵守本协议第四条规定的限制。',
      'The limitations of Section 5 follow the Model into every copy, whoever holds it.',
      'Notwithstanding anything else, you must ensure every downstream recipient accepts the use restrictions of Section 4.',
      'Whoever you hand the weights to has to accept the same usage limits that bind you.',
      'You shall require every person to whom you give a fine-tuned version to observe the same prohibitions.',
      'You may share the model provided that the recipients agree to the use restrictions in Part 2.',
      'Pass these use restrictions on to everyone you give the model to.',
      '把模型转给别人时，要让对方也遵守同样的使用限制。',
      '再分发衍生模型时，应使接收方同样受本协议禁止用途的约束。',
      'Any sublicence you grant must not be more permissive than this licence as to prohibited uses.',
      'I agree that any model I derive from the weights will be released under terms at least as protective as these use restrictions.',
      'You must make sure that anyone you share the model with also follows the use restrictions.',
      'Any terms under which you make the Model available must include the prohibitions of Section 4.',
      'The licensee shall procure that each end user agrees to the prohibited uses in Schedule 2.',
      '轉授權時，應使被授權人同受本協議使用限制之拘束。',
      '给别人之前，先让他们同意这些限制。',
      'Use restrictions must be passed on.',
      '| Downstream users | Bound by the same use restrictions |',
      'Downstream users are bound by the same use restrictions.',
      "Any onward transfer of the Model shall be conditioned upon the transferee's written acceptance of the prohibited uses.",
      "If you sublicense the Model, the sublicensee's rights shall be no broader than yours.",
      '衍生模型的接收方须接受与本协议同等的限制。',
      '转授权对象不得享有超过本协议的权利。',
      'Licensee shall impose on its users obligations at least equivalent to those in Section 3.',
      'Whoever receives a fine-tuned copy from you is bound by the prohibited uses in Schedule 1.',
      'Merged checkpoints you publish inherit the use restrictions of this licence.',
      'When you pass the weights on, the usage rules in Attachment A go with them.',
      'Distributors must carry Attachment A into every sublicence they grant.',
      '衍生作品须沿用本许可的用途限制。',
      '向他人提供本模型时，须将禁止用途条款一并写入您的协议。',
      '再散布時，受領人應遵守本授權之使用限制。',
      'The prohibited uses are listed in Section 4. You must pass them on to anyone who receives the Model from you.',
      'Any party to whom you sublicense the Model must first accept the usage restrictions.',
      'Each fork must keep the restricted-use clause intact.',
      'Adapters trained on the Model remain subject to the Restricted Uses when you release them.',
      'Your downstream licensees must be contractually held to the same conduct rules as you.',
      'Q: Do my users have to follow your use restrictions? A: Yes, you must bind them to the same restrictions.',
      '- ❌ Removing the use restrictions when you redistribute',
      'Any model trained from these weights shall be subject to the restrictions of Paragraph 5.',
      '二次分发时，要让拿到模型的人也遵守这些限制。',
      'You may redistribute modified copies provided the use restrictions are kept.',
      'Licensees who sublicense must pass the Restricted Uses through to sublicensees.',
      'The use restrictions run with the Model and bind any later holder.'
    ],
    nearMiss: [
      'You may license your changes under any terms.',
      'The restrictions apply to you and to anyone acting on your behalf.',
      'The restrictions below apply to the Licensee only.',
      'You agree to comply with the restrictions set out in Attachment A.',
      'Modified copies must keep the same licence and their source must be given to recipients.',
      '你在使用本模型时须遵守以下限制。',
      'These limitations bind you while you hold a copy.',
      'The limitation of liability shall not apply to any party where the law prohibits such limitation.',
      'Each copy must include the copyright notice, this restriction and the disclaimer.',
      'This Agreement prevails over third-party software licences to the extent they impose additional restrictions on you.',
      'You will follow the restrictions in Section 5.',
      'These limits are in addition to your obligations under applicable law.',
      'The Licensor may add restrictions to future versions of the Model.',
      'You shall require anyone who uses your service to observe its house rules.',
      'The copyright line must travel with every copy.',
      'You can copy and hand out adaptations of the Work, subject to the conditions below.',
      'You must follow the use restrictions when you distribute the Model.',
      'Derivatives may include the prohibited-use list if their authors wish.',
      'Recipients of your fine-tune are not bound by the usage rules of this licence.',
      'The restricted uses in Section 4 apply to your own deployments.',
      'Each copy you distribute must include the copyright notice and the licence text.',
      'Modified versions must carry this licence, and you may not add further restrictions.',
      '您在分发本模型时须遵守本协议的使用限制。',
      '衍生模型可以不沿用本协议的使用限制。',
      'You may share the model; the recipient decides which usage rules to adopt.',
      'Restrictions on sharing are listed in Section 6.',
      'Any fine-tune you share is governed by the licence you choose, without our use restrictions.',
      'Exhibit A contains the copyright notice that each copy must include.',
      'The use restrictions bind only you, not people who receive copies from you.',
      'Transfer of the weights to a third party is prohibited.',
      'Derivative works may carry additional restrictions of your choosing.',
      'The restrictions in Section 5 apply to you.',
      'You may remove the use restrictions from your own notes.',
      'You must comply with the use restrictions whenever you share results from the Model.',
      'The use restrictions apply to every copy you make for yourself.',
      'Our customers inherit our commitment to quality.',
      'We may update the restrictions; the updated restrictions bind you from the date of publication.'
    ],
    negation: [
      'The restrictions above apply only to you and not to your downstream recipients.',
      'These restrictions do not apply to downstream recipients of your fine-tuned models.',
      'Your customers are not bound by the restrictions that bind you.',
      'You need not pass these limitations on to anyone.',
      'Recipients of your fine-tuned model are free from the restrictions in Section 4.',
      'Nothing in this licence requires you to impose restrictions on your users.',
      'Your licensees are not required to accept any of these restrictions.',
      'Recipients of the Model are not subject to the restrictions of Section 4 unless they agree otherwise.',
      '下游用户不受本协议使用限制的约束。',
      'You do not have to pass the use restrictions on to your customers.',
      '接收方无须遵守本协议的使用限制。',
      '本协议的使用限制仅适用于您本人。',
      'Downstream users are not bound by these restrictions.',
      'The restrictions herein shall not bind any third party.',
      'The restrictions do not extend to downstream users.'
    ]
  },
  'termination-at-will': {
    positive: [
      'The Licensor may, by written notice given at any time and without stating a reason, end this licence.',
      '| Termination by the licensor | At any time, without cause |',
      'The Licensor may revoke this licence at any time for any reason.',
      'We may end your permission whenever we choose.',
      'We reserve the right to terminate your access to the Model at any time.',
      'The Licensor may cancel this licence at its sole and absolute discretion.',
      'Permission to use the weights continues only until the Licensor decides otherwise.',
      'This licence may be revoked by us without notice and for any reason.',
      'The Licensor can pull this licence whenever it wishes.',
      'Access may be suspended or terminated by the Licensor at any time without cause.',
      'The Company may, at its option, discontinue this licence at any moment.',
      '许可方可在任何时候收回本许可。',
      '我们有权随时终止您对本模型的使用许可。',
      '许可方有权单方面终止本协议，无需事先通知。',
      "This licence is revocable at the Licensor's discretion.",
      'Cobalt Labs may at any moment and without explanation revoke the rights granted here.',
      'The Licensor retains the right to withdraw this permission at will.',
      '许可方可以随时、无需任何理由地终止本许可。',
      'This licence remains in force until revoked by the Licensor in its sole discretion.',
      'The Licensor may terminate this licence at any time without giving any reason.',
      '许可方可随时撤回本许可。',
      'The permission granted to you under this Agreement may be withdrawn by the Licensor at any time.',
      'Rights conferred on the Licensee may be cancelled by Acme whenever it sees fit.',
      'Apart from its remedies for breach, the Licensor may end this licence at any time for convenience.',
      'You must keep the notices intact, and we may revoke this licence at any time without cause.',
      '除违约情形外，许可方亦可随时单方面终止本协议。',
      "The Licensor may terminate this Agreement at its convenience upon thirty days' written notice.",
      '本协议可由许可方在任意时间终止。'
    ],
    nearMiss: [
      'We may revoke your activation key at any time.',
      'The Licensor may stop distributing the Model at any time.',
      'This licence ends automatically if you breach it.',
      'You may stop using the Model at any time.',
      'The Licensor may terminate this licence if you breach any of its terms.',
      "Either party may end this agreement with 60 days' notice for material breach.",
      'You may terminate this licence at any time by destroying all copies.',
      '若您违反本协议，许可方有权终止本协议。',
      'The training job was stopped at any time the loss diverged.',
      'If you sue anyone over patents in the Model, your licence terminates automatically.',
      'The Licensor will not terminate this licence except for material breach that remains uncured.',
      'You can stop using the model whenever you like.',
      '本许可一经授予不得撤销，除非您违反本协议。',
      'We may update these terms from time to time.',
      'You may terminate your account at any time.',
      'To end this licence, you may stop using the weights and delete them at any time.',
      'The Licensor may suspend your access through the licence server at any time.',
      '激活码可能被我们随时收回，收回后软件将无法运行。',
      '我们可以随时通过联网校验让软件停止运行。',
      'This licence may be terminated by you at any time by written notice.',
      "The Licensee may terminate this Agreement for convenience on thirty days' notice.",
      'The Licensor may revoke this licence at any time if you breach it, in addition to any other remedies.',
      '我们可以随时停止提供模型下载。'
    ],
    negation: [
      'This licence is irrevocable.',
      'The licence is perpetual and the Licensor may not revoke it at will.',
      'We will never withdraw this licence except for your breach.',
      '本许可永久有效，不可撤销。',
      'This grant is irrevocable except as stated in Section 9 for breach.',
      '许可方不得随时撤销本许可。'
    ]
  },
  'share-alike': {
    positive: [
      'Modified versions you distribute must be licensed under this Licence.',
      'Licensed under CC BY-SA 4.0.',
      'Derivative models must be distributed under the terms of this same licence and no other.',
      'Any improvements you make to the weights, if shared, shall be shared on the same terms as this Licence.',
      'Combined works containing the Model must, as a whole, be licensed under this Licence.',
      'If you convey object code, you are required to provide the corresponding source under the terms of this License.',
      '对本模型进行修改后再发布的，须以本许可证授权。',
      '衍生作品应采用与本协议相同的许可条款发布。',
      'Adapted material you share must be released under this licence or a later version of it.',
      'Any system that incorporates a modified copy of the weights must itself be licensed on these terms.',
      '以本模型为基础开发的模型，须以本许可证开源发布。',
      'Works derived from the Model must go out under the same conditions as the Model.',
      'Any redistribution of a modified Model must be under the terms hereof.',
      'Your fine-tuned weights must stay licensed under this Licence when you publish them.',
      '修改本模型后对外提供的，须采用本协议相同的条款。',
      'Except as stated here, modified versions must be licensed under this licence.',
      'The complete source code of the whole program must be made available to everyone who receives a binary.',
      'If you offer a changed version to users over a network, its corresponding source shall be made available to those users.',
      '改过的代码再发布时，就得用同样的协议开源。',
      '衍生版本須以相同授權條款釋出。',
      'Modified copies must remain under the LGPL-2.1.',
      'Share your modifications under the same terms.',
      'When you convey the program in non-source form you must also offer the source.',
      '二次开发的成果，也要按本协议开源。',
      'Any work that incorporates the Model, in whole or in part, shall be licensed to all third parties under the terms of this Agreement.',
      'You agree that improvements you distribute will be made available under this same licence.',
      '衍生模型應以相同條款授權。',
      '通过网络向用户提供修改版本的，须向这些用户公开对应源代码。',
      '改完了要开源，协议也得一样。',
      'Disclose source.',
      'Network use is distribution.',
      '- [x] ShareAlike',
      '| Derivatives | Same licence |',
      'Should you convey a Modified Version, the whole of it must be licensed on the terms of this document to every recipient.',
      'You may not distribute modified versions under any other licence.',
      '修改后的版本不得以其他协议发布。',
      'Q: Can I publish my fine-tune under a different licence? A: No.',
      'Adapted datasets must be made available on terms identical to this licence.',
      'Any improved checkpoint is to be released under this licence.',
      '改作之模型須以相同授權條款散布。',
      'You may not choose another licence for modified weights.',
      'Changes you make are covered by this licence and shall be published under it.',
      "A combination of the Model with your code may be distributed as you like, provided the Model's files remain under this Licence.",
      'Any modified version made available over a network must come with its source code.',
      'Improvements to the Model that you distribute shall be licensed to the public on the terms of this Licence.'
    ],
    nearMiss: [
      'You may share the model with your colleagues.',
      'The training data includes text under CC BY-SA.',
      'You may release your fine-tuned models under any licence, open or closed.',
      "You shall not distribute modified versions under this licence's name.",
      'Each copy you hand on must come with a copy of this licence.',
      '分发本模型时，须随附本协议的全文。',
      '衍生模型须按照本协议的规定使用。',
      'Fine-tuned versions must carry the same use restrictions as this Agreement.',
      'You may apply any licence you like to your own code that calls the Model.',
      'The Model itself is released under this licence.',
      '"Work" shall mean the work, in source or modified form, made available under this Licence.',
      'If you sue over a patent licensed to you under this licence for a derivative, your rights end.',
      'If the 2.0 version of your product passes ten million users, you may not exercise the rights under this Agreement until we agree.',
      'Any use not expressly authorised under this Agreement needs our written consent, including for derivative models.',
      'The same licence terms apply whether you use the Model commercially or not.',
      'This Licence may be replaced by a later version published by the Licensor.',
      'Redistribution and use in source and binary forms are permitted provided that the notices are kept.',
      'Our community has a share-and-share-alike spirit.',
      'Share-Alike — see clause 7.',
      '分发衍生模型时，您须要求接收方遵守与本协议相同的使用限制。',
      '- [x] Commercial use\n- [x] Private use',
      'You may not sublicense the Model under a different licence.',
      '"Copyleft" is a term for licences that require changes to be shared alike.',
      'You may apply a different licence to your own code.',
      'Your improved versions may be released under any terms you choose.',
      'Fine-tunes are covered by this licence only while you use them internally.',
      'The dataset is to be downloaded from the official mirror.',
      'This Agreement is governed by the laws of Ireland.'
    ],
    negation: [
      'This is a permissive licence with no copyleft obligation.',
      'This licence has no share-alike requirement.',
      'Fine-tunes are not required to use this licence.',
      'The licence of your derivatives is up to you.',
      'Derivative models you create belong to you, and you may license them as you see fit.',
      'There is no requirement that derivative works be licensed under this Licence.',
      'Derivatives need not be distributed under this licence.',
      '衍生作品可以采用任何许可证发布。',
      'You may, but are not required to, release your changes under the same licence.',
      '基于本模型的衍生模型无须沿用本许可证。',
      'You need not make your source available.',
      '修改后的代码无需开源。',
      'Disclose source: no.',
      '| Share-alike | No |',
      'Nothing herein obliges Licensee to make source code available.',
      'You may release your fine-tune under a different licence.'
    ]
  },
  attribution: {
    positive: [
      'You must keep the copyright notice in every copy.',
      'Any paper using the model must credit its authors.',
      'Every redistributed copy has to preserve the legal notices shipped with the weights.',
      'Whoever republishes the checkpoint is obliged to name the original research group as its source.',
      'You must not delete or obscure the attribution lines at the top of the model card.',
      'Licensee will not remove, alter or hide any proprietary notices of the Licensor.',
      'A copy of these terms has to accompany every distribution of the weights.',
      'If you modify a file, you must mark it with a prominent statement that it was modified.',
      'Redistributions must keep the names of the original authors in the README.',
      'You agree that you will not:\n(a) sell the Model; or\n(b) strip any copyright notice from it.',
      '转载或分发本模型时，不得删除原作者的署名信息。',
      '使用本模型产出的学术成果须注明引用来源。',
      'Redistributors are required to reproduce the original author credits in the release notes.',
      'Any derivative work must state prominently that it differs from the original Model.',
      'The Licensee shall ensure that the names of the contributors are not removed from the files.',
      'It is a condition of this licence that the NOTICE file travels with every copy.',
      '您应当在产品文档中标注本模型的原始作者。',
      'Credit the creator in a reasonable way and say if you changed the material.',
      'Before uploading a derivative I must include the Heron Research Licence.',
      'Licensee shall not, and shall not permit others to, efface any legend identifying the Licensor as the author.',
      'All reproductions shall bear the acknowledgement set out in Schedule 2.',
      'Each distribution must be accompanied by the LICENSE and NOTICE files.',
      '再发布时应当保留本模型附带的全部版权及许可信息。',
      '论文中使用本模型的，应当引用我们的技术报告。',
      "Despite the permissive grant above, any copy you distribute must keep the authors' names.",
      'Papers that report results obtained with the model shall cite our technical report.',
      'You agree to cite the accompanying article in any publication that uses the weights.',
      'Use it freely, as long as the copyright line travels with every copy.',
      '修改过的文件须附有醒目的说明，表明文件已被更改。',
      '使用本模型時，須標示原作者姓名。',
      '分发时须一并附上本授权条款全文。',
      'Credit "Osprey Lab" in your documentation.',
      'You may redistribute the model provided that you include a copy of this Agreement.',
      'Any public demo must name Osprey Lab as the creator of the base model.',
      'You must mention the original authors when you republish the model.',
      'Keep this licence with each copy you hand on.',
      '请在论文中注明使用了鱼鹰模型。',
      '改过的文件要写清楚改了什么。',
      '分发时别删掉原来的版权声明。',
      '- [x] Attribution',
      '- [x] Keep the copyright line in every copy',
      'A conspicuous statement identifying the original authors is to be included in the documentation of any product incorporating the Model.',
      'Every publication derived from use of the Model must reference the original work.',
      'Whoever redistributes the weights must pass the credits in the NOTICE file on to recipients.',
      '轉載時須保留原作者的姓名標示。',
      'Credit to the authors: mandatory.',
      '| Credit needed | Yes |',
      'Acknowledgement of the dataset is compulsory in every publication.',
      'Copyright notice is required.',
      'Term | Required\n--- | ---\nKeep copyright notice | Yes',
      'You may publish the checkpoint with due credit to its creators, but not for a fee.',
      'Conditions | Notes\n--- | ---\nLicense and copyright notice | keep them in every copy'
    ],
    nearMiss: [
      'The authors can be reached by e-mail.',
      'We thank the authors of the dataset for their work.',
      'The copyright notice in this file belongs to Example Labs.',
      'You are free to remove the example notebooks from your copy.',
      'The Licensor will not alter the copyright status of outputs.',
      'Credit card details are never stored.',
      'You must include the use restrictions of Section 4 in any licence you grant for the Model.',
      'Derived models must include "Heron" in their names.',
      '若您发布衍生模型，须在模型名称中包含“Heron”字样。',
      "The authors' names appear in the AUTHORS file.",
      'Acknowledgements: we thank our funders.',
      'The Model must not be used for automated credit scoring.',
      'You may add your own credits to derivative works you distribute, provided that they cannot be read as changing this licence.',
      'Cite as:',
      'Each Contributor grants you the right to reproduce, modify and publicly display the Work under the terms and conditions of this Licence.',
      'The notice must be sent at least thirty days in advance.',
      'The Licensor retains all copyright in the Model.',
      'We keep a record of citations on our website.',
      'You may not use the model to decide eligibility for credit or housing.',
      'Do I have to mention Osprey in my app? Yes, the phrase "Built with Osprey" must appear in the about screen.',
      '- [x] Commercial use\n- [x] Modification',
      'Your notice must reference Section 3 of this licence.',
      '| Credit required | No |',
      'No credit is necessary.',
      "Thirty days' notice is required before termination.",
      'Prior notice is required for any audit.',
      "You don't need to credit us, though we'd appreciate it.",
      'Your fork may carry your own copyright line, provided that you keep to the licence terms.',
      'A copyright notice is not required for outputs.',
      '| Condition | Required |\n| --- | --- |\n| Attribution | No |',
      'Written notice is required to terminate this agreement.',
      'The copyright notice on the website is required by law.',
      '注明出处不是必须的。'
    ],
    negation: [
      'No attribution is required.',
      'Attribution is appreciated but not mandatory.',
      'You may, if you wish, mention the authors in your documentation.',
      'You can, but need not, list the developers in your credits.',
      'You are not obliged to keep our copyright notice in your fine-tuned model.',
      'Keeping the NOTICE file is optional.',
      'Should you wish to credit us, please use the name "Heron Labs".',
      '您可以自行决定是否保留原作者署名。',
      '如您引用本模型，欢迎注明出处。',
      '引用与否由您自行决定。',
      'Attribution is not required, but we would love a mention.'
    ]
  }
}

const typesIn = (text: string): string[] => detectClauses(text, 'LICENSE').map(c => c.type)

describe.each(Object.entries(TABLES))('%s', (type, table) => {
  it.each(table.positive.map(t => [t]))('found: %s', text => {
    const found = detectClauses(text, 'LICENSE').filter(c => c.type === type)
    expect(found.length).toBeGreaterThan(0)
    // whole sentence, verbatim, from its start
    for (const c of found) expect(text.startsWith(c.quote) || text.includes(c.quote)).toBe(true)
  })
  it.each(table.nearMiss.map(t => [t]))('near miss: %s', text => {
    expect(typesIn(text)).not.toContain(type)
  })
  it.each(table.negation.map(t => [t]))('negation: %s', text => {
    expect(typesIn(text)).not.toContain(type)
  })
})

describe('quotes are whole sentences', () => {
  it('quotes the sentence with its qualifier, from where it starts, not the next item number', () => {
    const text = [
      'Terms of use.',
      'With respect to the vision models included in the release, the rights granted',
      'above are not granted to anyone resident in the European Union.',
      '1. You shall not use the model for weapons development.',
      '2. You shall not use the model for surveillance.'
    ].join('\n')
    const found = detectClauses(text, 'LICENSE')
    const geo = found.find(c => c.type === 'geographic-restriction')!
    expect(geo).toMatchObject({
      line: 2,
      quote:
        'With respect to the vision models included in the release, the rights granted\nabove are not granted to anyone resident in the European Union.'
    })
    const fields = found.filter(c => c.type === 'field-of-use-restriction')
    expect(fields.map(c => [c.line, c.quote])).toEqual([
      [4, 'You shall not use the model for weapons development.'],
      [5, 'You shall not use the model for surveillance.']
    ])
  })

  it('a list item under an introduction is read with it', () => {
    const text =
      'You may not use outputs of the model:\n- to train any other large language model;\n- to rank search results.'
    const found = detectClauses(text, 'LICENSE').filter(c => c.type === 'output-use-restriction')
    expect(found.map(c => c.line)).toContain(2)
  })

  it('quotes the sentence a lead-in heading names, not the heading', () => {
    const text = [
      'EXAMPLE MODEL LICENCE',
      '',
      '2. Non-commercial use only. You may use the Model only for',
      'non-commercial purposes.',
      '3. No redistribution. Questions go to the maintainers.'
    ].join('\n')
    const found = detectClauses(text, 'LICENSE').map(c => [c.type, c.line, c.quote])
    expect(found).toEqual([
      ['non-commercial', 3, 'You may use the Model only for\nnon-commercial purposes.'],
      // a heading whose paragraph does not state the clause is the only evidence of it
      ['no-redistribution', 5, 'No redistribution.']
    ])
  })

  it('a numbered heading in capitals is a title; the sentence under it is the clause', () => {
    const text =
      'II. RESEARCH & NON-COMMERCIAL USE LICENSE\nYou may not use the Model for any commercial purpose.'
    expect(detectClauses(text, 'LICENSE').map(c => [c.type, c.line])).toEqual([['non-commercial', 2]])
  })

  it('items inside one line are read with their introduction and quoted with it, up to the item', () => {
    const text =
      'Subject to these terms you may use the Model, but you may not: (a) give it to others; (b) retrain it.'
    const found = detectClauses(text, 'LICENSE').map(c => [c.type, c.quote])
    expect(found).toEqual([
      [
        'no-redistribution',
        'Subject to these terms you may use the Model, but you may not: (a) give it to others;'
      ],
      ['no-derivatives', text]
    ])
  })

  it('numbered items under an introduction are read with it and quoted without their numbers', () => {
    const text = 'You agree not to:\n1. hand the weights to anyone;\n2. alter the weights.'
    const found = detectClauses(text, 'LICENSE').map(c => [c.type, c.line, c.quote])
    expect(found).toEqual([
      ['no-redistribution', 2, 'hand the weights to anyone;'],
      ['no-derivatives', 3, 'alter the weights.']
    ])
  })

  it('Chinese items numbered （一） hang under their introduction', () => {
    const text = '您不得将本模型用于下列用途：\n（一）监控他人；\n（二）生成用于训练其他模型的数据。'
    const found = detectClauses(text, 'LICENSE').map(c => [c.type, c.line, c.quote])
    expect(found).toEqual([
      ['field-of-use-restriction', 2, '监控他人；'],
      ['output-use-restriction', 3, '生成用于训练其他模型的数据。']
    ])
  })

  it('splits Chinese sentences on 。；！？', () => {
    const found = detectClauses('本模型仅供学术研究使用。您可以自由分发本模型！', 'LICENSE')
    expect(found.map(c => [c.type, c.quote])).toEqual([['research-only', '本模型仅供学术研究使用。']])
  })
})

describe('a limit stated in a definition and applied through the term', () => {
  const found = (text: string): [string, number][] =>
    detectClauses(text, 'LICENSE').map(c => [c.type, c.line ?? 0])

  it('a purpose defined as research, then use confined to it: the confining sentence is quoted', () => {
    const text =
      '1. "Approved Purpose" means non-clinical scholarly research.\n2. The Licensee shall use the Model for the Approved Purpose and for no other purpose.'
    expect(found(text)).toEqual([['research-only', 2]])
  })

  it('a purpose defined as something else is no research limit', () => {
    const text =
      '"Approved Purpose" means building products.\nYou may use the Model only for the Approved Purpose.'
    expect(found(text)).toEqual([])
  })

  it('a cap on users in a definition is a cap', () => {
    const text =
      '"Starter Installation" means an installation used by fewer than 2,500 concurrent users.\nThis licence covers Starter Installations only.'
    expect(found(text)).toEqual([['user-threshold', 1]])
  })

  it('use confined to a defined Territory', () => {
    const text =
      '"Territory" means the Kingdom of Norway.\nThe Licensee may use the Model solely within the Territory.'
    expect(found(text)).toEqual([['geographic-restriction', 2]])
  })
})
