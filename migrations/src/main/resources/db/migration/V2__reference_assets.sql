-- The assets whose daily history ships with Ballast (see web/src/main/resources/data/prices.csv).
-- price_feed_id is the CoinGecko coin id.
INSERT INTO asset (symbol, name, tier, sector, stablecoin, price_feed_id) VALUES
    ('BTC',   'Bitcoin',       'CORE',      'Store of value', FALSE, 'bitcoin'),
    ('ETH',   'Ethereum',      'CORE',      'Public chain',   FALSE, 'ethereum'),
    ('SOL',   'Solana',        'SATELLITE', 'Public chain',   FALSE, 'solana'),
    ('ADA',   'Cardano',       'SATELLITE', 'Public chain',   FALSE, 'cardano'),
    ('AVAX',  'Avalanche',     'SATELLITE', 'Public chain',   FALSE, 'avalanche-2'),
    ('DOT',   'Polkadot',      'SATELLITE', 'Infrastructure', FALSE, 'polkadot'),
    ('ATOM',  'Cosmos Hub',    'SATELLITE', 'Infrastructure', FALSE, 'cosmos'),
    ('MATIC', 'Polygon',       'SATELLITE', 'Infrastructure', FALSE, 'matic-network'),
    ('LINK',  'Chainlink',     'SATELLITE', 'Infrastructure', FALSE, 'chainlink'),
    ('FIL',   'Filecoin',      'SATELLITE', 'Infrastructure', FALSE, 'filecoin'),
    ('UNI',   'Uniswap',       'SATELLITE', 'DeFi',           FALSE, 'uniswap'),
    ('AAVE',  'Aave',          'SATELLITE', 'DeFi',           FALSE, 'aave'),
    ('BNB',   'BNB',           'SATELLITE', 'Exchange token', FALSE, 'binancecoin'),
    ('FTT',   'FTX Token',     'SATELLITE', 'Exchange token', FALSE, 'ftx-token'),
    ('XRP',   'XRP',           'SATELLITE', 'Payments',       FALSE, 'ripple'),
    ('LTC',   'Litecoin',      'SATELLITE', 'Payments',       FALSE, 'litecoin'),
    ('DOGE',  'Dogecoin',      'SATELLITE', 'Meme',           FALSE, 'dogecoin'),
    ('LUNA',  'Terra Classic', 'SATELLITE', 'Public chain',   FALSE, 'terra-luna'),
    ('USDT',  'Tether',        'SATELLITE', 'Stablecoin',     TRUE,  'tether'),
    ('USDC',  'USD Coin',      'SATELLITE', 'Stablecoin',     TRUE,  'usd-coin');
