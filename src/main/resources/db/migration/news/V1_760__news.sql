-- The news centre: news items and stories, each in one language, translations grouped; and
-- publications with one file per language variant.
create table news_item (
  id bigserial primary key,
  translation_group uuid not null,
  language text not null,
  kind text not null check (kind in ('NEWS', 'STORY')),
  title text not null,
  summary text,
  body_markdown text not null default '',
  -- rendered from the Markdown and sanitised when saved, so a page never renders user HTML
  body_html text not null default '',
  -- where an imported item came from; an item is imported once per link
  link text,
  image bytea,
  image_type text,
  published_on date not null,
  status text not null check (status in ('DRAFT', 'PUBLISHED')),
  version int not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  created_by text not null
);
create unique index news_item_link on news_item (link) where link is not null;
create index news_item_published on news_item (language, published_on desc, id desc)
  where status = 'PUBLISHED';
create index news_item_group on news_item (translation_group);
create index news_item_staff on news_item (published_on desc, id desc);

create table publication (
  id bigserial primary key,
  title text not null,
  summary text,
  published_on date not null,
  created_at timestamptz not null default now(),
  created_by text not null
);

create table publication_file (
  publication_id bigint not null references publication (id) on delete cascade,
  language text not null,
  file_name text not null,
  content bytea not null,
  size_bytes int not null,
  primary key (publication_id, language)
);
