-- A KumoMTA node of the compose fleet (docker/compose.yaml). Its HTTP listener is the admin API the
-- gateways call; kumod admits admin calls only from trusted_hosts, so the fleet network is listed
-- there (networks.fleet.ipam.config.subnet in compose.yaml: keep the two the same).
local kumo = require 'kumo'

kumo.on('init', function()
  -- In the container, as in KumoMTA's Docker example: mount a volume and use /var/spool/kumomta for mail
  -- that must outlive the container.
  kumo.define_spool {
    name = 'data',
    path = '/tmp/kumo-spool/data',
  }
  kumo.define_spool {
    name = 'meta',
    path = '/tmp/kumo-spool/meta',
  }

  -- Test mail may be injected from the fleet network.
  kumo.start_esmtp_listener {
    listen = '0.0.0.0:25',
    relay_hosts = { '127.0.0.1', '172.28.0.0/16' },
  }

  kumo.start_http_listener {
    listen = '0.0.0.0:8000',
    trusted_hosts = { '127.0.0.1', '::1', '172.28.0.0/16' },
  }
end)
