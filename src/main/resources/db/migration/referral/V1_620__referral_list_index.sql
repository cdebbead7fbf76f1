-- The referral list across several MRCs, newest first (bench/lists.sh, 500,000 referrals).
create index referral_created_ix on referral (created_at desc, id desc);
