User-agent: *
Disallow: ${report}

Sitemap: ${sitemap}
