-- The realistic variant of bench/portal-data.sql (bench/portal.sh with SAFAR_BENCH_VOCAB=zipf):
-- the same 10,000 published leaflets in eight languages, but each language has a vocabulary of
-- 3,000 words whose use follows Zipf's law (the word of rank r is drawn with a probability
-- proportional to 1/r), as in real text, instead of 30 words that every text contains. The 30
-- real words of bench/portal-data.sql take ranks spread from 1 to about 2,400 (word i at rank
-- 1 + 3 * ((7 * i) mod 30)^2), so the benchmark's queries range from a word in nearly every text
-- ("visa", rank 1) to one in about one text in a hundred ("recruitment", rank 2,353); the other
-- 2,970 words are made of the language's own letters (3 to 8 of them), so the stemmers, `simple`
-- and the trigram index still see that script.
begin;
select setseed(0.42);
create temporary table vocab (language text primary key, cfg regconfig, words text[]);
insert into vocab values
 ('en', 'english', string_to_array('visa employer contract agency recruitment fee passport work permit safety health salary wage hours migrant worker family return embassy hotline centre rights accident insurance ticket flight debt receipt licence document expiry extension', ' ')),
 ('ru', 'russian', string_to_array('виза визы работодатель договор агентство трудоустройство сбор паспорт работа разрешение безопасность здоровье зарплата часы мигрант работник семья возвращение посольство линия центр права несчастный страховка билет долг квитанция лицензия документы срок продление', ' ')),
 ('tg', 'simple', string_to_array('раводид корфармо шартнома агентӣ ҷойгиршавӣ хароҷот шиноснома кор иҷозат бехатарӣ саломатӣ музд соат муҳоҷир коргар оила бозгашт сафорат хати марказ ҳуқуқ ҳодиса суғурта чипта қарз расид иҷозатнома ҳуҷҷат мӯҳлат тамдид', ' ')),
 ('fa-AF', 'simple', string_to_array('ویزه کارفرما قرارداد شرکت استخدام فیس پاسپورت کار جواز مصئونیت صحت معاش ساعات مهاجر کارگر خانواده بازگشت سفارت تلفن مرکز حقوق حادثه بیمه تکت قرض رسید اسناد ختم تمدید گرمازدگی', ' ')),
 ('ps', 'simple', string_to_array('ویزه کارګمارونکی تړون اداره استخدام فیس پاسپورټ کار جواز خوندیتوب روغتیا معاش وختونه کډوال کارګر کورنۍ راستنېدل سفارت لیکه مرکز حقونه پېښه بیمه ټکټ پور رسید اسناد پای تمدید', ' ')),
 ('ur', 'simple', string_to_array('ویزا آجر معاہدہ ایجنسی بھرتی فیس پاسپورٹ کام اجازت حفاظت صحت تنخواہ اوقات مہاجر مزدور خاندان واپسی سفارتخانہ ہیلپ مرکز حقوق حادثہ بیمہ ٹکٹ قرض رسید دستاویزات میعاد توسیع', ' ')),
 ('bn', 'simple', string_to_array('ভিসা নিয়োগকর্তা চুক্তি এজেন্সি নিয়োগ ফি পাসপোর্ট কাজ অনুমতি নিরাপত্তা স্বাস্থ্য বেতন সময় অভিবাসী শ্রমিক পরিবার প্রত্যাবর্তন দূতাবাস হটলাইন কেন্দ্র অধিকার দুর্ঘটনা বীমা টিকিট ঋণ রসিদ লাইসেন্স কাগজপত্র মেয়াদ', ' ')),
 ('ar', 'arabic', string_to_array('تأشيرة صاحب العمل عقد وكالة توظيف رسوم جواز السفر عمل تصريح سلامة صحة راتب ساعات مهاجر عامل عائلة عودة سفارة الخط مركز حقوق حادث تأمين تذكرة دين إيصال ترخيص وثائق انتهاء تمديد', ' '));

create temporary table zvocab (language text primary key, cfg regconfig, words text[]);
insert into zvocab
select v.language, v.cfg, array(
  select coalesce(
           (select v.words[1 + i] from generate_series(0, array_length(v.words, 1) - 1) i
             where 1 + 3 * ((7 * i) % 30) * ((7 * i) % 30) = r limit 1),
           (select string_agg(l.letters[1 + floor(random() * array_length(l.letters, 1))::int + 0 * k], '')
              from generate_series(1, 3 + floor(random() * 6)::int + 0 * r) k))
    from generate_series(1, 3000) r
    order by r)
from vocab v
cross join lateral (
  select array(select distinct c from regexp_split_to_table(array_to_string(v.words, ''), '') c
               where c <> ' ') as letters
) l;

insert into leaflet (owner_org_unit_id, source_language, topics, destinations, audiences, status,
                     status_by, published_at, published_by, created_by, updated_by)
select (select id from org_unit where kind = 'NETWORK'), 'en',
       array[(array['SAFE_MIGRATION','RECRUITMENT_COSTS','CONTRACTS_RIGHTS','OCCUPATIONAL_SAFETY',
                     'VISAS_DOCUMENTS','TRAFFICKING','MONEY_REMITTANCES','RETURN_REINTEGRATION'])[1 + g % 8]],
       array[(array['SA','AE','QA','RU','MY','KW','TR','KZ'])[1 + (g / 8) % 8]],
       array[(array['POTENTIAL','DEPARTING','ABROAD','RETURNING','FAMILIES'])[1 + g % 5]],
       'PUBLISHED', 'bench', now() - make_interval(mins => g), 'bench', 'bench', 'bench'
from generate_series(1, 10000) g;

create temporary table bench_leaflet as
select id, row_number() over (order by id) as n from leaflet where created_by = 'bench';

insert into leaflet_translation (leaflet_id, language, title, summary, body_markdown, body_html,
                                 body_text, ts_config, created_by, updated_by)
select b.id, v.language, t.title, t.summary, t.body, '<p>' || t.body || '</p>', t.body, v.cfg,
       'bench', 'bench'
from bench_leaflet b cross join zvocab v
cross join lateral (
  select array(select v.words[least(3000, floor(power(3000, random()))::int)]
               from generate_series(1, 260) w where b.n > 0) as words
) r
cross join lateral (
  select array_to_string(r.words[1:6], ' ') as title,
         array_to_string(r.words[7:30], ' ') as summary,
         array_to_string(r.words[31:260], ' ') as body
) t;
commit;
analyze leaflet;
analyze leaflet_translation;
