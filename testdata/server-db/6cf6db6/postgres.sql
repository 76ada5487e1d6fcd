--
-- PostgreSQL database dump
--

\restrict qE4Pd5Bcbb5ALhS1bHXqnc9ALqfxLeYZPMHzXoHCeAvi194l8iBxmYOCeEoDawT

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: archives; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.archives (
    report_id text NOT NULL,
    received_at bigint NOT NULL,
    body bytea NOT NULL
);


--
-- Name: counters; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.counters (
    name text NOT NULL,
    value bigint NOT NULL
);


--
-- Name: dist_day; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.dist_day (
    dist text NOT NULL,
    key text NOT NULL,
    day bigint NOT NULL,
    hosts bigint NOT NULL
);


--
-- Name: facts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.facts (
    host_id text NOT NULL,
    collector text NOT NULL,
    received_at bigint NOT NULL,
    data text NOT NULL
);


--
-- Name: host_day; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.host_day (
    day bigint NOT NULL,
    hosts bigint NOT NULL
);


--
-- Name: host_keys; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.host_keys (
    host_id text NOT NULL,
    dist text NOT NULL,
    key text NOT NULL
);


--
-- Name: hosts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.hosts (
    host_id text NOT NULL,
    first_seen bigint NOT NULL,
    last_seen bigint NOT NULL,
    reports bigint NOT NULL
);


--
-- Name: reports; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reports (
    report_id text NOT NULL,
    client_id text NOT NULL,
    received_at bigint NOT NULL,
    sha256 text NOT NULL,
    protocol text NOT NULL
);


--
-- Name: week_active; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.week_active (
    week bigint NOT NULL,
    hosts bigint NOT NULL
);


--
-- Data for Name: archives; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.archives (report_id, received_at, body) FROM stdin;
\.


--
-- Data for Name: counters; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.counters (name, value) FROM stdin;
reports	147
last_report_at	1795514400
hosts	43
\.


--
-- Data for Name: dist_day; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.dist_day (dist, key, day, hosts) FROM stdin;
memory	4-8 GiB	20662	0
ssd	no	20662	0
bonding	yes	20746	0
virtualization	other	20662	0
container_count	1-5	20746	0
container_count	6-20	20711	0
containers	yes	20711	0
cpu_vendor	intel	20746	0
ct_os	centos-7	20746	0
containers	yes	20746	0
cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	20746	0
container_count	6-20	20662	0
bonding	no	20683	0
bonding	no	20711	5
container_count	6-20	20683	0
cpu_model	Intel(R) Core(TM)2 CPU T7400 @ 2.16GHz	20711	0
cpu_vendor	Intel	20662	0
containers	yes	20683	0
cpu_vendor	Intel	20711	0
cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	20683	0
ct_os	debian-7.0	20711	0
cpu_vendor	intel	20683	0
cpu_model	AMD EPYC 7302P 16-Core Processor	20683	0
ct_os	ubuntu-12.04	20711	0
ct_os	centos-6	20683	0
distribution	virtuozzo 9	20662	5
ct_os	debian-7	20683	0
ct_os	other	20683	0
distribution	vzlinux 7.3	20711	0
bonding	yes	20662	5
ct_os	ubuntu-14.04	20683	0
distribution	centos 6.10	20683	0
kernel	5.14.0-427.33.1.vz9.72.4	20662	5
kernel	2.6.32-042stab145.3	20683	0
layout	simfs	20683	0
templates	almalinux-9	20662	5
templates	centos-7	20662	5
templates	ubuntu-22.04	20662	5
templates	vzlinux-9	20662	5
virtualization	vz9	20662	5
cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	20711	0
kernel	2.6.32-042stab134.8	20711	0
layout	ploop	20711	0
container_count	1-5	20662	0
layout	simfs	20711	0
memory	<=1 GiB	20683	0
memory	<=1 GiB	20711	0
ct_os	debian-7.0	20662	0
ct_os	centos-6	20711	0
containers	yes	20662	0
kernel	2.6.32-042stab145.3	20711	0
cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	20662	5
cpu_model	AMD EPYC 7302P 16-Core Processor	20711	5
cpu_vendor	amd	20683	0
cpu_vendor	amd	20711	5
distribution	debian 12	20683	0
cpu_vendor	intel	20662	5
running	yes	20711	0
bonding	no	20662	0
cpu_model	AMD EPYC 7302P 16-Core Processor	20662	0
cpu_vendor	amd	20662	0
distribution	debian 12	20662	0
kernel	6.1.0-26-amd64	20662	0
vzctl	4.9.4	20711	0
virtualization	openvz-legacy	20711	0
vswap	yes	20711	0
distribution	vzlinux 7.3	20662	0
kernel	2.6.32-042stab145.3	20662	0
distribution	debian 12	20711	5
ct_os	centos-6	20662	0
ct_os	centos-7	20662	0
layout	simfs	20662	0
memory	<=1 GiB	20662	0
ct_os	ubuntu-14.04	20662	0
distribution	virtuozzo 7	20662	0
ssd	yes	20662	5
virtualization	openvz-legacy	20662	0
running	yes	20683	0
ssd	yes	20683	0
virtualization	openvz-legacy	20683	0
vzctl	4.9.4	20662	0
kernel	6.1.0-26-amd64	20683	0
kernel	6.1.0-26-amd64	20711	5
memory	4-8 GiB	20683	0
memory	4-8 GiB	20711	5
ssd	no	20683	0
ssd	no	20711	5
virtualization	other	20683	0
virtualization	other	20711	5
vswap	yes	20683	0
container_count	6-20	20760	5
cpu_vendor	intel	20769	0
memory	32-64 GiB	20746	0
ct_os	centos-7	20769	0
bonding	yes	20760	0
ct_os	other	20769	0
container_count	1-5	20760	0
cpu_vendor	amd	20746	0
distribution	debian 12	20746	0
kernel	6.1.0-26-amd64	20746	0
memory	4-8 GiB	20746	0
ssd	no	20746	0
virtualization	other	20746	0
kernel	2.6.32-042stab145.3	20746	0
containers	yes	20760	5
ct_os	ubuntu-16.04	20769	0
distribution	virtuozzo 7	20769	0
cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	20760	5
cpu_vendor	intel	20760	5
ct_os	centos-7	20760	0
layout	ploop	20746	0
ct_os	other	20760	5
guest_os	centos	20769	0
ct_os	ubuntu-16.04	20760	0
ct_os	centos-6	20760	5
ct_os	debian-7	20746	0
distribution	virtuozzo 7	20760	0
guest_os	centos	20760	0
layout	simfs	20746	0
ct_os	debian-7	20760	5
ct_os	other	20746	0
guest_os	centos	20662	5
ssd	yes	20746	0
guest_os	windows	20662	5
kernel	3.10.0-327.18.2.vz7.15.2	20662	0
guest_os	windows	20769	0
layout	ploop	20662	0
memory	32-64 GiB	20662	5
memory	<=1 GiB	20746	0
running	yes	20662	0
templates	centos-6	20746	0
templates	centos-6	20662	0
ct_os	ubuntu-14.04	20760	5
virtualization	vz7	20662	0
running	yes	20746	0
virtualization	vz7	20746	0
kernel	3.10.0-1160.80.1.vz7.191.4	20746	0
kernel	3.10.0-1160.80.1.vz7.191.4	20769	0
virtualization	openvz-legacy	20746	0
vswap	yes	20746	0
vzctl	4.9.4	20746	0
layout	ploop	20769	0
vswap	yes	20662	0
bonding	yes	20769	0
container_count	1-5	20769	0
distribution	centos 6.10	20746	0
distribution	centos 6.10	20760	5
container_count	6-20	20746	0
containers	yes	20769	0
cpu_vendor	Intel	20746	0
ct_os	centos-6	20746	0
memory	128-256 GiB	20769	0
kernel	2.6.32-042stab145.3	20760	5
layout	simfs	20760	5
memory	<=1 GiB	20760	5
ct_os	debian-7.0	20746	0
ct_os	ubuntu-16.04	20746	0
ct_os	ubuntu-14.04	20746	0
distribution	vzlinux 7.3	20746	0
distribution	virtuozzo 7	20746	0
guest_os	centos	20746	0
bonding	no	20746	0
guest_os	windows	20746	0
cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	20769	0
guest_os	windows	20760	0
kernel	3.10.0-1160.80.1.vz7.191.4	20760	0
layout	ploop	20760	0
memory	32-64 GiB	20760	0
cpu_model	AMD EPYC 7302P 16-Core Processor	20746	0
bonding	no	20760	5
virtualization	openvz-legacy	20760	5
kernel	3.10.0-327.18.2.vz7.15.2	20746	0
running	yes	20760	5
ssd	yes	20760	5
templates	centos-6	20760	0
virtualization	vz7	20760	0
vswap	yes	20760	5
bonding	yes	20776	0
ct_os	debian-7.0	20776	0
cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	20774	0
virtualization	vz7	20769	0
container_count	6-20	20774	3
container_count	1-5	20776	0
distribution	vzlinux 7.3	20776	0
vswap	yes	20769	0
kernel	2.6.32-042stab145.3	20776	0
layout	ploop	20776	0
layout	simfs	20776	0
memory	<=1 GiB	20776	0
running	yes	20776	0
virtualization	openvz-legacy	20776	0
cpu_vendor	Intel	20774	3
ct_os	centos-6	20774	0
vswap	yes	20776	0
vzctl	4.9.4	20776	0
bonding	yes	20781	15
cpu_vendor	intel	20774	0
bonding	no	20774	0
cpu_model	AMD EPYC 7302P 16-Core Processor	20774	0
cpu_model	Intel(R) Core(TM)2 CPU T7400 @ 2.16GHz	20774	3
ct_os	centos-7	20774	0
ct_os	ubuntu-12.04	20774	3
cpu_vendor	amd	20774	0
kernel	2.6.32-042stab134.8	20774	3
ct_os	debian-7.0	20774	3
distribution	debian 12	20774	0
kernel	6.1.0-26-amd64	20774	0
memory	4-8 GiB	20774	0
ssd	no	20774	0
virtualization	other	20774	0
cpu_vendor	intel	20776	0
ct_os	ubuntu-14.04	20774	0
distribution	vzlinux 7.3	20774	3
kernel	2.6.32-042stab145.3	20774	0
container_count	6-20	20776	0
layout	simfs	20774	3
containers	yes	20776	0
ct_os	other	20774	0
memory	<=1 GiB	20774	3
ct_os	ubuntu-16.04	20774	0
containers	yes	20781	20
cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	20776	0
ct_os	centos-7	20776	0
distribution	virtuozzo 7	20774	0
cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	20781	20
guest_os	centos	20774	0
cpu_vendor	Intel	20776	0
bonding	yes	20774	0
container_count	1-5	20781	15
ct_os	centos-6	20776	0
kernel	3.10.0-327.18.2.vz7.15.2	20774	0
cpu_vendor	intel	20781	15
ct_os	ubuntu-14.04	20776	0
container_count	1-5	20774	0
ct_os	centos-7	20781	15
ct_os	other	20781	10
ct_os	ubuntu-16.04	20781	10
distribution	virtuozzo 7	20781	15
running	yes	20769	0
ssd	yes	20769	0
containers	yes	20774	3
templates	centos-6	20769	0
virtualization	openvz-legacy	20774	3
distribution	virtuozzo 7	20776	0
vzctl	4.9.4	20774	0
guest_os	centos	20776	0
guest_os	windows	20776	0
kernel	3.10.0-1160.80.1.vz7.191.4	20776	0
memory	32-64 GiB	20776	0
ssd	yes	20776	0
templates	centos-7	20776	0
templates	debian-9.0	20776	0
templates	ubuntu-16.04	20776	0
templates	vzlinux-7	20776	0
virtualization	vz7	20776	0
ct_os	ubuntu-14.04	20781	5
container_count	6-20	20781	5
cpu_vendor	Intel	20781	5
ct_os	centos-6	20781	10
memory	32-64 GiB	20781	10
ct_os	debian-7.0	20781	5
distribution	vzlinux 7.3	20781	5
templates	centos-7	20781	5
templates	debian-9.0	20781	5
templates	ubuntu-16.04	20781	5
templates	vzlinux-7	20781	5
kernel	2.6.32-042stab145.3	20781	5
layout	ploop	20781	20
guest_os	windows	20774	0
kernel	3.10.0-1160.80.1.vz7.191.4	20774	0
layout	ploop	20774	3
memory	32-64 GiB	20774	0
running	yes	20774	3
ssd	yes	20774	0
templates	centos-6	20774	0
layout	simfs	20781	5
virtualization	vz7	20774	0
vswap	yes	20774	3
memory	<=1 GiB	20781	5
running	yes	20781	20
virtualization	openvz-legacy	20781	5
vswap	yes	20781	20
vzctl	4.9.4	20781	5
guest_os	centos	20781	15
guest_os	windows	20781	15
kernel	3.10.0-1160.80.1.vz7.191.4	20781	15
memory	128-256 GiB	20781	5
ssd	yes	20781	15
templates	centos-6	20781	10
virtualization	vz7	20781	15
bonding	no	20781	5
cpu_model	AMD EPYC 7302P 16-Core Processor	20781	5
cpu_vendor	amd	20781	5
distribution	debian 12	20781	5
kernel	6.1.0-26-amd64	20781	5
memory	4-8 GiB	20781	5
ssd	no	20781	5
virtualization	other	20781	5
\.


--
-- Data for Name: facts; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.facts (host_id, collector, received_at, data) FROM stdin;
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	hw.cpu	1795514400	{"cores":4,"hypervisor":null,"mhz":1200,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"sockets":1,"threads":8,"under_hypervisor":false,"vendor":"intel","vendor_id":"GenuineIntel","virtualization":null}
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	hw.disks	1795514400	{"by_kind":{"hdd":2,"nvme":1},"count":3,"disks":[{"kind":"nvme","logical_block_size":512,"model":"SAMSUNG MZQLB960HAJR-00007","size_bytes":960197124096,"transport":"nvme","vendor":null},{"kind":"hdd","logical_block_size":512,"model":"ST2000NM0055-1V4","size_bytes":2000398934016,"transport":"sata","vendor":"ATA"},{"kind":"hdd","logical_block_size":512,"model":"ST2000NM0055-1V4","size_bytes":2000398934016,"transport":"sata","vendor":"ATA"}],"md":[{"level":"raid1","member_kinds":{"hdd":2},"members":2,"size_bytes":2000263577600}],"total_bytes":4960994992128}
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	hw.memory	1795514400	{"available_bytes":49389199360,"hugepage_size_bytes":2097152,"hugepages_total":0,"ksm_pages_shared":5120,"swap_total_bytes":8589930496,"swap_used_bytes":268435456,"total_bytes":67337687040}
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	net.config	1795514400	{"bonding":{"count":1,"modes":{"active-backup":1},"slaves":2},"bridges":1,"ipv6":true,"nics":[{"count":1,"driver":"igb","speed_mbps":null},{"count":2,"driver":"ixgbe","speed_mbps":10000}],"other_virtual":1,"physical_nics":3,"teams":0,"vlans":0}
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	os.kernel	1795514400	{"line":"vz7","machine":"x86_64","openvz":true,"release":"3.10.0-1160.80.1.vz7.191.4"}
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	os.release	1795514400	{"id":"virtuozzo","like":["rhel","fedora"],"name":"Virtuozzo","source":"/etc/os-release","version":"7"}
31d6d449-e63a-4614-8a66-562a07797427	vz.simfs	1794909600	{"containers":0,"fs_types":{}}
31d6d449-e63a-4614-8a66-562a07797427	vz.storage_cluster	1795514400	{"member":true,"product":"vstorage","roles":{"chunk_server":true,"client":true,"metadata_server":false},"shaman_master":false,"shaman_nodes":3}
5d29d753-0e88-4e4b-82fc-ece2fec989a7	hw.cpu	1795514400	{"cores":4,"hypervisor":null,"mhz":1200,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"sockets":1,"threads":8,"under_hypervisor":false,"vendor":"intel","vendor_id":"GenuineIntel","virtualization":null}
5d29d753-0e88-4e4b-82fc-ece2fec989a7	hw.disks	1795514400	{"by_kind":{"hdd":2,"nvme":1},"count":3,"disks":[{"kind":"nvme","logical_block_size":512,"model":"SAMSUNG MZQLB960HAJR-00007","size_bytes":960197124096,"transport":"nvme","vendor":null},{"kind":"hdd","logical_block_size":512,"model":"ST2000NM0055-1V4","size_bytes":2000398934016,"transport":"sata","vendor":"ATA"},{"kind":"hdd","logical_block_size":512,"model":"ST2000NM0055-1V4","size_bytes":2000398934016,"transport":"sata","vendor":"ATA"}],"md":[{"level":"raid1","member_kinds":{"hdd":2},"members":2,"size_bytes":2000263577600}],"total_bytes":4960994992128}
5d29d753-0e88-4e4b-82fc-ece2fec989a7	hw.memory	1795514400	{"available_bytes":49389199360,"hugepage_size_bytes":2097152,"hugepages_total":0,"ksm_pages_shared":5120,"swap_total_bytes":8589930496,"swap_used_bytes":268435456,"total_bytes":67337687040}
5d29d753-0e88-4e4b-82fc-ece2fec989a7	net.config	1795514400	{"bonding":{"count":1,"modes":{"active-backup":1},"slaves":2},"bridges":1,"ipv6":true,"nics":[{"count":1,"driver":"igb","speed_mbps":null},{"count":2,"driver":"ixgbe","speed_mbps":10000}],"other_virtual":1,"physical_nics":3,"teams":0,"vlans":0}
5d29d753-0e88-4e4b-82fc-ece2fec989a7	os.kernel	1795514400	{"line":"vz7","machine":"x86_64","openvz":true,"release":"3.10.0-1160.80.1.vz7.191.4"}
5d29d753-0e88-4e4b-82fc-ece2fec989a7	os.release	1795514400	{"id":"virtuozzo","like":["rhel","fedora"],"name":"Virtuozzo","source":"/etc/os-release","version":"7"}
5d29d753-0e88-4e4b-82fc-ece2fec989a7	storage.vz	1795514400	{"free_bytes":1455309348864,"fs_type":"ext4","size_bytes":1967617212416,"used_bytes":412316860416}
5d29d753-0e88-4e4b-82fc-ece2fec989a7	sw.packages	1795514400	{"manager":"rpm","versions":{"disp-helper":["0.0.41-1.vz7"],"libvirt":["2.4.0-1.vz7.31"],"ploop":["7.0.270-1.vz7"],"ploop-lib":["7.0.270-1.vz7"],"prl-disp-service":["7.0.725-2.vz7"],"prlctl":["7.0.240-1.vz7"],"qemu-kvm-vz":["2.6.0-28.3.10.vz7.75"],"readykernel":["7.55-1.vl7"],"shaman":["7.0.42-1.vz7"],"vzctl":["7.0.229-1.vz7"],"vzkernel":["3.10.0-1160.80.1.vz7.191.4","3.10.0-514.26.1.vz7.33.22"]}}
5d29d753-0e88-4e4b-82fc-ece2fec989a7	sw.services	1795514400	{"active":["vz","prl-disp","libvirtd","vcmmd","firewalld","tuned"],"enabled":["vz","prl-disp","libvirtd","vcmmd","readykernel","pcompact","firewalld","tuned"],"init":"systemd","installed":["vz","prl-disp","libvirtd","vcmmd","shaman","readykernel","pcompact","firewalld","tuned"]}
5d29d753-0e88-4e4b-82fc-ece2fec989a7	sys.cgroups	1795514400	{"cgroups_per_controller":{"beancounter":14,"blkio":82,"cpu":95,"cpuacct":95,"cpuset":14,"devices":82,"freezer":14,"hugetlb":14,"memory":95,"net_cls":14,"net_prio":14,"perf_event":14,"pids":14,"ve":14},"v1_controllers":["beancounter","blkio","cpu","cpuacct","cpuset","devices","freezer","hugetlb","memory","net_cls","net_prio","perf_event","pids","ve"],"v2_cgroups":null,"v2_controllers":[],"version":"v1","walk_truncated":false}
31d6d449-e63a-4614-8a66-562a07797427	hw.cpu	1795514400	{"cores":4,"hypervisor":null,"mhz":1200,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"sockets":1,"threads":8,"under_hypervisor":false,"vendor":"intel","vendor_id":"GenuineIntel","virtualization":null}
31d6d449-e63a-4614-8a66-562a07797427	hw.disks	1795514400	{"by_kind":{"hdd":2,"nvme":1},"count":3,"disks":[{"kind":"nvme","logical_block_size":512,"model":"SAMSUNG MZQLB960HAJR-00007","size_bytes":960197124096,"transport":"nvme","vendor":null},{"kind":"hdd","logical_block_size":512,"model":"ST2000NM0055-1V4","size_bytes":2000398934016,"transport":"sata","vendor":"ATA"},{"kind":"hdd","logical_block_size":512,"model":"ST2000NM0055-1V4","size_bytes":2000398934016,"transport":"sata","vendor":"ATA"}],"md":[{"level":"raid1","member_kinds":{"hdd":2},"members":2,"size_bytes":2000263577600}],"total_bytes":4960994992128}
31d6d449-e63a-4614-8a66-562a07797427	hw.memory	1795514400	{"available_bytes":49389199360,"hugepage_size_bytes":2097152,"hugepages_total":0,"ksm_pages_shared":5120,"swap_total_bytes":8589930496,"swap_used_bytes":268435456,"total_bytes":67337687040}
31d6d449-e63a-4614-8a66-562a07797427	net.config	1795514400	{"bonding":{"count":1,"modes":{"active-backup":1},"slaves":2},"bridges":1,"ipv6":true,"nics":[{"count":1,"driver":"igb","speed_mbps":null},{"count":2,"driver":"ixgbe","speed_mbps":10000}],"other_virtual":1,"physical_nics":3,"teams":0,"vlans":0}
31d6d449-e63a-4614-8a66-562a07797427	os.kernel	1795514400	{"line":"vz7","machine":"x86_64","openvz":true,"release":"3.10.0-1160.80.1.vz7.191.4"}
31d6d449-e63a-4614-8a66-562a07797427	os.release	1795514400	{"id":"virtuozzo","like":["rhel","fedora"],"name":"Virtuozzo","source":"/etc/os-release","version":"7"}
31d6d449-e63a-4614-8a66-562a07797427	storage.vz	1795514400	{"free_bytes":1455309348864,"fs_type":"ext4","size_bytes":1967617212416,"used_bytes":412316860416}
31d6d449-e63a-4614-8a66-562a07797427	sw.packages	1795514400	{"manager":"rpm","versions":{"disp-helper":["0.0.41-1.vz7"],"libvirt":["2.4.0-1.vz7.31"],"ploop":["7.0.270-1.vz7"],"ploop-lib":["7.0.270-1.vz7"],"prl-disp-service":["7.0.725-2.vz7"],"prlctl":["7.0.240-1.vz7"],"qemu-kvm-vz":["2.6.0-28.3.10.vz7.75"],"readykernel":["7.55-1.vl7"],"shaman":["7.0.42-1.vz7"],"vzctl":["7.0.229-1.vz7"],"vzkernel":["3.10.0-1160.80.1.vz7.191.4","3.10.0-514.26.1.vz7.33.22"]}}
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	os.kernel	1795514400	{"line":"other","machine":"x86_64","openvz":false,"release":"6.1.0-26-amd64"}
eb9700cd-bafc-40df-a7b5-0a008312ccb6	hw.cpu	1795514400	{"cores":4,"hypervisor":null,"mhz":1200,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"sockets":1,"threads":8,"under_hypervisor":false,"vendor":"intel","vendor_id":"GenuineIntel","virtualization":null}
eb9700cd-bafc-40df-a7b5-0a008312ccb6	os.kernel	1795514400	{"line":"vz7","machine":"x86_64","openvz":true,"release":"3.10.0-1160.80.1.vz7.191.4"}
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	hw.cpu	1795514400	{"cores":4,"hypervisor":"kvm","mhz":3000,"models":["AMD EPYC 7302P 16-Core Processor"],"sockets":1,"threads":4,"under_hypervisor":true,"vendor":"amd","vendor_id":"AuthenticAMD","virtualization":null}
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	hw.disks	1795514400	{"by_kind":{"hdd":2},"count":2,"disks":[{"kind":"hdd","logical_block_size":512,"model":null,"size_bytes":42949672960,"transport":"virtio","vendor":null},{"kind":"hdd","logical_block_size":512,"model":null,"size_bytes":107374182400,"transport":"virtio","vendor":null}],"md":[],"total_bytes":150323855360}
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	hw.memory	1795514400	{"available_bytes":7100538880,"hugepage_size_bytes":2097152,"hugepages_total":0,"ksm_pages_shared":0,"swap_total_bytes":1022357504,"swap_used_bytes":0,"total_bytes":8331145216}
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	net.config	1795514400	{"bonding":{"count":0,"modes":{},"slaves":0},"bridges":1,"ipv6":true,"nics":[{"count":1,"driver":"virtio_net","speed_mbps":null}],"other_virtual":1,"physical_nics":1,"teams":0,"vlans":0}
f28f8424-1f7b-462c-bbd3-e0732b1e6846	hw.cpu	1795514400	{"cores":4,"hypervisor":"kvm","mhz":3000,"models":["AMD EPYC 7302P 16-Core Processor"],"sockets":1,"threads":4,"under_hypervisor":true,"vendor":"amd","vendor_id":"AuthenticAMD","virtualization":null}
f28f8424-1f7b-462c-bbd3-e0732b1e6846	hw.disks	1795514400	{"by_kind":{"hdd":2},"count":2,"disks":[{"kind":"hdd","logical_block_size":512,"model":null,"size_bytes":42949672960,"transport":"virtio","vendor":null},{"kind":"hdd","logical_block_size":512,"model":null,"size_bytes":107374182400,"transport":"virtio","vendor":null}],"md":[],"total_bytes":150323855360}
f28f8424-1f7b-462c-bbd3-e0732b1e6846	hw.memory	1795514400	{"available_bytes":7100538880,"hugepage_size_bytes":2097152,"hugepages_total":0,"ksm_pages_shared":0,"swap_total_bytes":1022357504,"swap_used_bytes":0,"total_bytes":8331145216}
f28f8424-1f7b-462c-bbd3-e0732b1e6846	net.config	1795514400	{"bonding":{"count":0,"modes":{},"slaves":0},"bridges":1,"ipv6":true,"nics":[{"count":1,"driver":"virtio_net","speed_mbps":null}],"other_virtual":1,"physical_nics":1,"teams":0,"vlans":0}
f28f8424-1f7b-462c-bbd3-e0732b1e6846	os.kernel	1795514400	{"line":"other","machine":"x86_64","openvz":false,"release":"6.1.0-26-amd64"}
f28f8424-1f7b-462c-bbd3-e0732b1e6846	os.release	1795514400	{"id":"debian","like":[],"name":"Debian GNU/Linux","source":"/etc/os-release","version":"12"}
f28f8424-1f7b-462c-bbd3-e0732b1e6846	sw.packages	1795514400	{"manager":"dpkg","versions":{"kernel":["6.1.0-25-amd64","6.1.0-26-amd64"],"libvirt":["9.0.0-4"],"qemu":["1:7.2+dfsg-7+deb12u7"]}}
85a31e9a-09a7-4423-bcbc-9409884f4223	hw.cpu	1795514400	{"cores":4,"hypervisor":"kvm","mhz":3000,"models":["AMD EPYC 7302P 16-Core Processor"],"sockets":1,"threads":4,"under_hypervisor":true,"vendor":"amd","vendor_id":"AuthenticAMD","virtualization":null}
85a31e9a-09a7-4423-bcbc-9409884f4223	hw.disks	1795514400	{"by_kind":{"hdd":2},"count":2,"disks":[{"kind":"hdd","logical_block_size":512,"model":null,"size_bytes":42949672960,"transport":"virtio","vendor":null},{"kind":"hdd","logical_block_size":512,"model":null,"size_bytes":107374182400,"transport":"virtio","vendor":null}],"md":[],"total_bytes":150323855360}
85a31e9a-09a7-4423-bcbc-9409884f4223	hw.memory	1795514400	{"available_bytes":7100538880,"hugepage_size_bytes":2097152,"hugepages_total":0,"ksm_pages_shared":0,"swap_total_bytes":1022357504,"swap_used_bytes":0,"total_bytes":8331145216}
85a31e9a-09a7-4423-bcbc-9409884f4223	net.config	1795514400	{"bonding":{"count":0,"modes":{},"slaves":0},"bridges":1,"ipv6":true,"nics":[{"count":1,"driver":"virtio_net","speed_mbps":null}],"other_virtual":1,"physical_nics":1,"teams":0,"vlans":0}
85a31e9a-09a7-4423-bcbc-9409884f4223	os.kernel	1795514400	{"line":"other","machine":"x86_64","openvz":false,"release":"6.1.0-26-amd64"}
85a31e9a-09a7-4423-bcbc-9409884f4223	os.release	1795514400	{"id":"debian","like":[],"name":"Debian GNU/Linux","source":"/etc/os-release","version":"12"}
85a31e9a-09a7-4423-bcbc-9409884f4223	sw.packages	1795514400	{"manager":"dpkg","versions":{"kernel":["6.1.0-25-amd64","6.1.0-26-amd64"],"libvirt":["9.0.0-4"],"qemu":["1:7.2+dfsg-7+deb12u7"]}}
85a31e9a-09a7-4423-bcbc-9409884f4223	sw.services	1795514400	{"active":["libvirtd"],"enabled":["libvirtd"],"init":"systemd","installed":["libvirtd"]}
85a31e9a-09a7-4423-bcbc-9409884f4223	sys.cgroups	1795514400	{"cgroups_per_controller":{"cpu":4,"cpuset":1,"hugetlb":1,"io":4,"memory":8,"misc":1,"pids":8,"rdma":1},"v1_controllers":[],"v2_cgroups":8,"v2_controllers":["cpu","cpuset","hugetlb","io","memory","misc","pids","rdma"],"version":"v2","walk_truncated":false}
85a31e9a-09a7-4423-bcbc-9409884f4223	sys.static	1795514400	{"sysctl":{"fs.aio-max-nr":65536,"fs.file-max":9223372036854775807,"kernel.panic":0,"kernel.pid_max":4194304,"kernel.threads-max":63296,"net.ipv4.ip_forward":1,"vm.max_map_count":65530,"vm.min_free_kbytes":67584,"vm.overcommit_memory":0,"vm.swappiness":60},"uptime_days":11,"vz_conf":null}
85a31e9a-09a7-4423-bcbc-9409884f4223	vz.host	1795514400	{"generation":"none","hardware_node":false,"openvz_kernel":false,"prlctl_version":null,"product":"none","ve0_in_beancounters":false,"ve0_in_veinfo":false,"vzctl_version":null}
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	hw.cpu	1795514400	{"cores":4,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"sockets":1,"threads":8,"vendor":"Intel"}
a22744bc-a4b4-499a-b378-f4e9f3317332	hw.memory	1795514400	{"available_bytes":7100538880,"hugepage_size_bytes":2097152,"hugepages_total":0,"ksm_pages_shared":0,"swap_total_bytes":1022357504,"swap_used_bytes":0,"total_bytes":8331145216}
a22744bc-a4b4-499a-b378-f4e9f3317332	net.config	1795514400	{"bonding":{"count":0,"modes":{},"slaves":0},"bridges":1,"ipv6":true,"nics":[{"count":1,"driver":"virtio_net","speed_mbps":null}],"other_virtual":1,"physical_nics":1,"teams":0,"vlans":0}
85a31e9a-09a7-4423-bcbc-9409884f4223	vz.storage_cluster	1795514400	{"member":false,"product":null,"roles":{"chunk_server":false,"client":false,"metadata_server":false},"shaman_master":false,"shaman_nodes":null}
f09444ea-c240-4c5b-af7f-9ed0ae16b423	hw.cpu	1795514400	{"cores":4,"hypervisor":"kvm","mhz":3000,"models":["AMD EPYC 7302P 16-Core Processor"],"sockets":1,"threads":4,"under_hypervisor":true,"vendor":"amd","vendor_id":"AuthenticAMD","virtualization":null}
f09444ea-c240-4c5b-af7f-9ed0ae16b423	hw.disks	1795514400	{"by_kind":{"hdd":2},"count":2,"disks":[{"kind":"hdd","logical_block_size":512,"model":null,"size_bytes":42949672960,"transport":"virtio","vendor":null},{"kind":"hdd","logical_block_size":512,"model":null,"size_bytes":107374182400,"transport":"virtio","vendor":null}],"md":[],"total_bytes":150323855360}
f09444ea-c240-4c5b-af7f-9ed0ae16b423	hw.memory	1795514400	{"available_bytes":7100538880,"hugepage_size_bytes":2097152,"hugepages_total":0,"ksm_pages_shared":0,"swap_total_bytes":1022357504,"swap_used_bytes":0,"total_bytes":8331145216}
f09444ea-c240-4c5b-af7f-9ed0ae16b423	os.kernel	1795514400	{"line":"other","machine":"x86_64","openvz":false,"release":"6.1.0-26-amd64"}
a22744bc-a4b4-499a-b378-f4e9f3317332	hw.cpu	1795514400	{"cores":4,"hypervisor":"kvm","mhz":3000,"models":["AMD EPYC 7302P 16-Core Processor"],"sockets":1,"threads":4,"under_hypervisor":true,"vendor":"amd","vendor_id":"AuthenticAMD","virtualization":null}
a22744bc-a4b4-499a-b378-f4e9f3317332	hw.disks	1795514400	{"by_kind":{"hdd":2},"count":2,"disks":[{"kind":"hdd","logical_block_size":512,"model":null,"size_bytes":42949672960,"transport":"virtio","vendor":null},{"kind":"hdd","logical_block_size":512,"model":null,"size_bytes":107374182400,"transport":"virtio","vendor":null}],"md":[],"total_bytes":150323855360}
a22744bc-a4b4-499a-b378-f4e9f3317332	os.kernel	1795514400	{"line":"other","machine":"x86_64","openvz":false,"release":"6.1.0-26-amd64"}
a22744bc-a4b4-499a-b378-f4e9f3317332	os.release	1795514400	{"id":"debian","like":[],"name":"Debian GNU/Linux","source":"/etc/os-release","version":"12"}
a22744bc-a4b4-499a-b378-f4e9f3317332	sw.packages	1795514400	{"manager":"dpkg","versions":{"kernel":["6.1.0-25-amd64","6.1.0-26-amd64"],"libvirt":["9.0.0-4"],"qemu":["1:7.2+dfsg-7+deb12u7"]}}
a22744bc-a4b4-499a-b378-f4e9f3317332	sw.services	1795514400	{"active":["libvirtd"],"enabled":["libvirtd"],"init":"systemd","installed":["libvirtd"]}
a22744bc-a4b4-499a-b378-f4e9f3317332	sys.cgroups	1795514400	{"cgroups_per_controller":{"cpu":4,"cpuset":1,"hugetlb":1,"io":4,"memory":8,"misc":1,"pids":8,"rdma":1},"v1_controllers":[],"v2_cgroups":8,"v2_controllers":["cpu","cpuset","hugetlb","io","memory","misc","pids","rdma"],"version":"v2","walk_truncated":false}
a22744bc-a4b4-499a-b378-f4e9f3317332	sys.static	1795514400	{"sysctl":{"fs.aio-max-nr":65536,"fs.file-max":9223372036854775807,"kernel.panic":0,"kernel.pid_max":4194304,"kernel.threads-max":63296,"net.ipv4.ip_forward":1,"vm.max_map_count":65530,"vm.min_free_kbytes":67584,"vm.overcommit_memory":0,"vm.swappiness":60},"uptime_days":11,"vz_conf":null}
a22744bc-a4b4-499a-b378-f4e9f3317332	vz.host	1795514400	{"generation":"none","hardware_node":false,"openvz_kernel":false,"prlctl_version":null,"product":"none","ve0_in_beancounters":false,"ve0_in_veinfo":false,"vzctl_version":null}
31ba9619-e263-4516-b3b9-6f5692045567	hw.cpu	1785232800	{"cores":4,"hypervisor":null,"mhz":1200,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"sockets":1,"threads":8,"under_hypervisor":false,"vendor":"intel","vendor_id":"GenuineIntel","virtualization":null}
31ba9619-e263-4516-b3b9-6f5692045567	hw.disks	1785232800	{"by_kind":{"hdd":2,"nvme":1},"count":3,"disks":[{"kind":"nvme","logical_block_size":512,"model":"SAMSUNG MZQLB960HAJR-00007","size_bytes":960197124096,"transport":"nvme","vendor":null},{"kind":"hdd","logical_block_size":512,"model":"ST2000NM0055-1V4","size_bytes":2000398934016,"transport":"sata","vendor":"ATA"},{"kind":"hdd","logical_block_size":512,"model":"ST2000NM0055-1V4","size_bytes":2000398934016,"transport":"sata","vendor":"ATA"}],"md":[{"level":"raid1","member_kinds":{"hdd":2},"members":2,"size_bytes":2000263577600}],"total_bytes":4960994992128}
31ba9619-e263-4516-b3b9-6f5692045567	hw.memory	1785232800	{"available_bytes":49389199360,"hugepage_size_bytes":2097152,"hugepages_total":0,"ksm_pages_shared":5120,"swap_total_bytes":8589930496,"swap_used_bytes":268435456,"total_bytes":67337687040}
31ba9619-e263-4516-b3b9-6f5692045567	net.config	1785232800	{"bonding":{"count":1,"modes":{"active-backup":1},"slaves":2},"bridges":1,"ipv6":true,"nics":[{"count":1,"driver":"igb","speed_mbps":null},{"count":2,"driver":"ixgbe","speed_mbps":10000}],"other_virtual":1,"physical_nics":3,"teams":0,"vlans":0}
31ba9619-e263-4516-b3b9-6f5692045567	os.kernel	1785232800	{"line":"vz9","machine":"x86_64","openvz":true,"release":"5.14.0-427.33.1.vz9.72.4"}
31ba9619-e263-4516-b3b9-6f5692045567	os.release	1785232800	{"id":"virtuozzo","like":["rhel","fedora"],"name":"Virtuozzo Hybrid Server","source":"/etc/os-release","version":"9"}
31ba9619-e263-4516-b3b9-6f5692045567	storage.vz	1785232800	{"free_bytes":1455309348864,"fs_type":"ext4","size_bytes":1967617212416,"used_bytes":412316860416}
31ba9619-e263-4516-b3b9-6f5692045567	sw.packages	1785232800	{"manager":"rpm","versions":{"disp-helper":["0.0.41-1.vz7"],"libvirt":["2.4.0-1.vz7.31"],"ploop":["9.0.23-1.vz9"],"ploop-lib":["9.0.23-1.vz9"],"prl-disp-service":["7.0.725-2.vz7"],"prlctl":["9.0.3-1.vz9"],"qemu-kvm-vz":["2.6.0-28.3.10.vz7.75"],"readykernel":["7.55-1.vl7"],"shaman":["7.0.42-1.vz7"],"vzctl":["9.0.1-1.vz9"],"vzkernel":["5.14.0-427.33.1.vz9.72.4"]}}
31ba9619-e263-4516-b3b9-6f5692045567	sw.services	1785232800	{"active":["vz","prl-disp","libvirtd","vcmmd","firewalld","tuned"],"enabled":["vz","prl-disp","libvirtd","vcmmd","readykernel","pcompact","firewalld","tuned"],"init":"systemd","installed":["vz","prl-disp","libvirtd","vcmmd","shaman","readykernel","pcompact","firewalld","tuned"]}
31ba9619-e263-4516-b3b9-6f5692045567	sys.cgroups	1785232800	{"cgroups_per_controller":{"beancounter":14,"blkio":82,"cpu":95,"cpuacct":95,"cpuset":14,"devices":82,"freezer":14,"hugetlb":14,"memory":95,"net_cls":14,"net_prio":14,"perf_event":14,"pids":14,"ve":14},"v1_controllers":["beancounter","blkio","cpu","cpuacct","cpuset","devices","freezer","hugetlb","memory","net_cls","net_prio","perf_event","pids","ve"],"v2_cgroups":null,"v2_controllers":[],"version":"v1","walk_truncated":false}
c3601b2c-18ca-4520-82e2-e5e36455db1f	hw.cpu	1795514400	{"cores":4,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"sockets":1,"threads":8,"vendor":"Intel"}
c3601b2c-18ca-4520-82e2-e5e36455db1f	hw.memory	1795514400	{"swap_total_bytes":1513086976,"total_bytes":518275072}
c3601b2c-18ca-4520-82e2-e5e36455db1f	os.kernel	1795514400	{"line":"openvz-legacy","machine":"x86_64","openvz":true,"release":"2.6.32-042stab145.3"}
c3601b2c-18ca-4520-82e2-e5e36455db1f	os.release	1795514400	{"id":"vzlinux","like":[],"name":"Virtuozzo Linux","source":"/etc/redhat-release","version":"7.3"}
c3601b2c-18ca-4520-82e2-e5e36455db1f	sw.packages	1795514400	{"kernel":"2.6.32","ploop":"1.15","vzctl":"4.9.4","vzctl-core":"4.9.4","vzkernel":"2.6.32","vzquota":"3.1"}
fbc858d2-2b34-43eb-b041-5e51d8b20d73	hw.cpu	1795514400	{"cores":4,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"sockets":1,"threads":8,"vendor":"Intel"}
fbc858d2-2b34-43eb-b041-5e51d8b20d73	hw.memory	1795514400	{"swap_total_bytes":1513086976,"total_bytes":518275072}
fbc858d2-2b34-43eb-b041-5e51d8b20d73	os.kernel	1795514400	{"line":"openvz-legacy","machine":"x86_64","openvz":true,"release":"2.6.32-042stab145.3"}
fbc858d2-2b34-43eb-b041-5e51d8b20d73	os.release	1795514400	{"id":"vzlinux","like":[],"name":"Virtuozzo Linux","source":"/etc/redhat-release","version":"7.3"}
fbc858d2-2b34-43eb-b041-5e51d8b20d73	sw.packages	1795514400	{"kernel":"2.6.32","ploop":"1.15","vzctl":"4.9.4","vzctl-core":"4.9.4","vzkernel":"2.6.32","vzquota":"3.1"}
6432abc7-e99a-4aa3-a992-d2b8955e4d41	storage.vz	1793700000	{"free_bytes":339758010368,"fs_type":"ext4","size_bytes":461988392960,"used_bytes":98765434880}
7fa8b641-5c50-419e-8146-282719a7816b	hw.cpu	1795514400	{"cores":4,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"sockets":1,"threads":8,"vendor":"Intel"}
7fa8b641-5c50-419e-8146-282719a7816b	hw.memory	1795514400	{"swap_total_bytes":1513086976,"total_bytes":518275072}
7fa8b641-5c50-419e-8146-282719a7816b	os.kernel	1795514400	{"line":"openvz-legacy","machine":"x86_64","openvz":true,"release":"2.6.32-042stab145.3"}
7fa8b641-5c50-419e-8146-282719a7816b	os.release	1795514400	{"id":"vzlinux","like":[],"name":"Virtuozzo Linux","source":"/etc/redhat-release","version":"7.3"}
7fa8b641-5c50-419e-8146-282719a7816b	sw.packages	1795514400	{"kernel":"2.6.32","ploop":"1.15","vzctl":"4.9.4","vzctl-core":"4.9.4","vzkernel":"2.6.32","vzquota":"3.1"}
fbc858d2-2b34-43eb-b041-5e51d8b20d73	vz.containers	1795514400	{"by_layout":{"ploop":4,"simfs":5},"by_template":{"centos-6":2,"debian-7.0":1},"configured":9,"mounted":0,"running":9,"stopped":0,"suspended":0,"vswap":3}
31ba9619-e263-4516-b3b9-6f5692045567	sys.static	1785232800	{"sysctl":{"fs.aio-max-nr":1048576,"fs.file-max":6553560,"fs.odirect_enable":0,"kernel.panic":0,"kernel.pid_max":4194304,"kernel.threads-max":514152,"kernel.ve_allow_kthreads":1,"net.ipv4.ip_forward":1,"vm.max_map_count":65530,"vm.min_free_kbytes":262144,"vm.overcommit_memory":0,"vm.swappiness":10},"uptime_days":45,"vz_conf":{"DISK_QUOTA":"yes","GOLDEN_IMAGE":"yes","IPV6":"yes","LOG_LEVEL":"0","TEMPLATE":"default","TRAFFIC_SHAPING":"no","USE_NET_RPS":"yes","USE_VENET_MASK":"yes","VEFSTYPE":"xfs","VEIMAGEFORMAT":"ploop","VE_PRIVATE":"default","VE_ROOT":"default","VE_STOP_MODE":"stop","VIRTUOZZO":"yes","VZWDOG":"no"}}
31ba9619-e263-4516-b3b9-6f5692045567	vz.host	1785232800	{"generation":"other","hardware_node":true,"openvz_kernel":true,"prlctl_version":"9.0.3","product":"virtuozzo","ve0_in_beancounters":false,"ve0_in_veinfo":true,"vzctl_version":null}
31ba9619-e263-4516-b3b9-6f5692045567	vz.readykernel	1785232800	{"autoload":true,"installed":true,"patch_level":null,"patches_enabled":0,"patches_loaded":0}
31ba9619-e263-4516-b3b9-6f5692045567	vz.storage_cluster	1785232800	{"member":true,"product":"vstorage","roles":{"chunk_server":true,"client":true,"metadata_server":false},"shaman_master":false,"shaman_nodes":3}
31ba9619-e263-4516-b3b9-6f5692045567	vz.templates	1785232800	{"app_templates":{"mariadb":1},"os_templates":{"almalinux-9":1,"centos-7":1,"ubuntu-22.04":1,"vzlinux-9":1},"os_templates_cached":{"almalinux-9":1,"ubuntu-22.04":1,"vzlinux-9":1},"source":"vzpkg"}
31ba9619-e263-4516-b3b9-6f5692045567	vz.vms	1785232800	{"by_state":{"running":1,"stopped":1},"guest_os":{"centos":1,"windows":1},"memory":{"<=2G":1,"<=8G":1},"vcpus":{"2":1,"<=4":1},"vms":2}
f8a5ff51-bab8-4a8d-876a-eec35590829e	hw.cpu	1785232800	{"cores":4,"hypervisor":null,"mhz":1200,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"sockets":1,"threads":8,"under_hypervisor":false,"vendor":"intel","vendor_id":"GenuineIntel","virtualization":null}
f8a5ff51-bab8-4a8d-876a-eec35590829e	hw.disks	1785232800	{"by_kind":{"hdd":2,"nvme":1},"count":3,"disks":[{"kind":"nvme","logical_block_size":512,"model":"SAMSUNG MZQLB960HAJR-00007","size_bytes":960197124096,"transport":"nvme","vendor":null},{"kind":"hdd","logical_block_size":512,"model":"ST2000NM0055-1V4","size_bytes":2000398934016,"transport":"sata","vendor":"ATA"},{"kind":"hdd","logical_block_size":512,"model":"ST2000NM0055-1V4","size_bytes":2000398934016,"transport":"sata","vendor":"ATA"}],"md":[{"level":"raid1","member_kinds":{"hdd":2},"members":2,"size_bytes":2000263577600}],"total_bytes":4960994992128}
f8a5ff51-bab8-4a8d-876a-eec35590829e	hw.memory	1785232800	{"available_bytes":49389199360,"hugepage_size_bytes":2097152,"hugepages_total":0,"ksm_pages_shared":5120,"swap_total_bytes":8589930496,"swap_used_bytes":268435456,"total_bytes":67337687040}
f8a5ff51-bab8-4a8d-876a-eec35590829e	net.config	1785232800	{"bonding":{"count":1,"modes":{"active-backup":1},"slaves":2},"bridges":1,"ipv6":true,"nics":[{"count":1,"driver":"igb","speed_mbps":null},{"count":2,"driver":"ixgbe","speed_mbps":10000}],"other_virtual":1,"physical_nics":3,"teams":0,"vlans":0}
f8a5ff51-bab8-4a8d-876a-eec35590829e	os.kernel	1785232800	{"line":"vz9","machine":"x86_64","openvz":true,"release":"5.14.0-427.33.1.vz9.72.4"}
f8a5ff51-bab8-4a8d-876a-eec35590829e	os.release	1785232800	{"id":"virtuozzo","like":["rhel","fedora"],"name":"Virtuozzo Hybrid Server","source":"/etc/os-release","version":"9"}
f8a5ff51-bab8-4a8d-876a-eec35590829e	storage.vz	1785232800	{"free_bytes":1455309348864,"fs_type":"ext4","size_bytes":1967617212416,"used_bytes":412316860416}
f8a5ff51-bab8-4a8d-876a-eec35590829e	sw.packages	1785232800	{"manager":"rpm","versions":{"disp-helper":["0.0.41-1.vz7"],"libvirt":["2.4.0-1.vz7.31"],"ploop":["9.0.23-1.vz9"],"ploop-lib":["9.0.23-1.vz9"],"prl-disp-service":["7.0.725-2.vz7"],"prlctl":["9.0.3-1.vz9"],"qemu-kvm-vz":["2.6.0-28.3.10.vz7.75"],"readykernel":["7.55-1.vl7"],"shaman":["7.0.42-1.vz7"],"vzctl":["9.0.1-1.vz9"],"vzkernel":["5.14.0-427.33.1.vz9.72.4"]}}
f8a5ff51-bab8-4a8d-876a-eec35590829e	sw.services	1785232800	{"active":["vz","prl-disp","libvirtd","vcmmd","firewalld","tuned"],"enabled":["vz","prl-disp","libvirtd","vcmmd","readykernel","pcompact","firewalld","tuned"],"init":"systemd","installed":["vz","prl-disp","libvirtd","vcmmd","shaman","readykernel","pcompact","firewalld","tuned"]}
f8a5ff51-bab8-4a8d-876a-eec35590829e	sys.cgroups	1785232800	{"cgroups_per_controller":{"beancounter":14,"blkio":82,"cpu":95,"cpuacct":95,"cpuset":14,"devices":82,"freezer":14,"hugetlb":14,"memory":95,"net_cls":14,"net_prio":14,"perf_event":14,"pids":14,"ve":14},"v1_controllers":["beancounter","blkio","cpu","cpuacct","cpuset","devices","freezer","hugetlb","memory","net_cls","net_prio","perf_event","pids","ve"],"v2_cgroups":null,"v2_controllers":[],"version":"v1","walk_truncated":false}
f8a5ff51-bab8-4a8d-876a-eec35590829e	sys.static	1785232800	{"sysctl":{"fs.aio-max-nr":1048576,"fs.file-max":6553560,"fs.odirect_enable":0,"kernel.panic":0,"kernel.pid_max":4194304,"kernel.threads-max":514152,"kernel.ve_allow_kthreads":1,"net.ipv4.ip_forward":1,"vm.max_map_count":65530,"vm.min_free_kbytes":262144,"vm.overcommit_memory":0,"vm.swappiness":10},"uptime_days":45,"vz_conf":{"DISK_QUOTA":"yes","GOLDEN_IMAGE":"yes","IPV6":"yes","LOG_LEVEL":"0","TEMPLATE":"default","TRAFFIC_SHAPING":"no","USE_NET_RPS":"yes","USE_VENET_MASK":"yes","VEFSTYPE":"xfs","VEIMAGEFORMAT":"ploop","VE_PRIVATE":"default","VE_ROOT":"default","VE_STOP_MODE":"stop","VIRTUOZZO":"yes","VZWDOG":"no"}}
f8a5ff51-bab8-4a8d-876a-eec35590829e	vz.host	1785232800	{"generation":"other","hardware_node":true,"openvz_kernel":true,"prlctl_version":"9.0.3","product":"virtuozzo","ve0_in_beancounters":false,"ve0_in_veinfo":true,"vzctl_version":null}
f8a5ff51-bab8-4a8d-876a-eec35590829e	vz.readykernel	1785232800	{"autoload":true,"installed":true,"patch_level":null,"patches_enabled":0,"patches_loaded":0}
f8a5ff51-bab8-4a8d-876a-eec35590829e	vz.storage_cluster	1785232800	{"member":true,"product":"vstorage","roles":{"chunk_server":true,"client":true,"metadata_server":false},"shaman_master":false,"shaman_nodes":3}
f8a5ff51-bab8-4a8d-876a-eec35590829e	vz.templates	1785232800	{"app_templates":{"mariadb":1},"os_templates":{"almalinux-9":1,"centos-7":1,"ubuntu-22.04":1,"vzlinux-9":1},"os_templates_cached":{"almalinux-9":1,"ubuntu-22.04":1,"vzlinux-9":1},"source":"vzpkg"}
f8a5ff51-bab8-4a8d-876a-eec35590829e	vz.vms	1785232800	{"by_state":{"running":1,"stopped":1},"guest_os":{"centos":1,"windows":1},"memory":{"<=2G":1,"<=8G":1},"vcpus":{"2":1,"<=4":1},"vms":2}
b2e6ff40-9d39-4c62-a555-57c5b26a4399	hw.cpu	1785232800	{"cores":4,"hypervisor":null,"mhz":1200,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"sockets":1,"threads":8,"under_hypervisor":false,"vendor":"intel","vendor_id":"GenuineIntel","virtualization":null}
b2e6ff40-9d39-4c62-a555-57c5b26a4399	hw.disks	1785232800	{"by_kind":{"hdd":2,"nvme":1},"count":3,"disks":[{"kind":"nvme","logical_block_size":512,"model":"SAMSUNG MZQLB960HAJR-00007","size_bytes":960197124096,"transport":"nvme","vendor":null},{"kind":"hdd","logical_block_size":512,"model":"ST2000NM0055-1V4","size_bytes":2000398934016,"transport":"sata","vendor":"ATA"},{"kind":"hdd","logical_block_size":512,"model":"ST2000NM0055-1V4","size_bytes":2000398934016,"transport":"sata","vendor":"ATA"}],"md":[{"level":"raid1","member_kinds":{"hdd":2},"members":2,"size_bytes":2000263577600}],"total_bytes":4960994992128}
b2e6ff40-9d39-4c62-a555-57c5b26a4399	hw.memory	1785232800	{"available_bytes":49389199360,"hugepage_size_bytes":2097152,"hugepages_total":0,"ksm_pages_shared":5120,"swap_total_bytes":8589930496,"swap_used_bytes":268435456,"total_bytes":67337687040}
b2e6ff40-9d39-4c62-a555-57c5b26a4399	net.config	1785232800	{"bonding":{"count":1,"modes":{"active-backup":1},"slaves":2},"bridges":1,"ipv6":true,"nics":[{"count":1,"driver":"igb","speed_mbps":null},{"count":2,"driver":"ixgbe","speed_mbps":10000}],"other_virtual":1,"physical_nics":3,"teams":0,"vlans":0}
b2e6ff40-9d39-4c62-a555-57c5b26a4399	os.kernel	1785232800	{"line":"vz9","machine":"x86_64","openvz":true,"release":"5.14.0-427.33.1.vz9.72.4"}
b2e6ff40-9d39-4c62-a555-57c5b26a4399	os.release	1785232800	{"id":"virtuozzo","like":["rhel","fedora"],"name":"Virtuozzo Hybrid Server","source":"/etc/os-release","version":"9"}
b2e6ff40-9d39-4c62-a555-57c5b26a4399	storage.vz	1785232800	{"free_bytes":1455309348864,"fs_type":"ext4","size_bytes":1967617212416,"used_bytes":412316860416}
b2e6ff40-9d39-4c62-a555-57c5b26a4399	sw.packages	1785232800	{"manager":"rpm","versions":{"disp-helper":["0.0.41-1.vz7"],"libvirt":["2.4.0-1.vz7.31"],"ploop":["9.0.23-1.vz9"],"ploop-lib":["9.0.23-1.vz9"],"prl-disp-service":["7.0.725-2.vz7"],"prlctl":["9.0.3-1.vz9"],"qemu-kvm-vz":["2.6.0-28.3.10.vz7.75"],"readykernel":["7.55-1.vl7"],"shaman":["7.0.42-1.vz7"],"vzctl":["9.0.1-1.vz9"],"vzkernel":["5.14.0-427.33.1.vz9.72.4"]}}
b2e6ff40-9d39-4c62-a555-57c5b26a4399	sw.services	1785232800	{"active":["vz","prl-disp","libvirtd","vcmmd","firewalld","tuned"],"enabled":["vz","prl-disp","libvirtd","vcmmd","readykernel","pcompact","firewalld","tuned"],"init":"systemd","installed":["vz","prl-disp","libvirtd","vcmmd","shaman","readykernel","pcompact","firewalld","tuned"]}
b2e6ff40-9d39-4c62-a555-57c5b26a4399	sys.cgroups	1785232800	{"cgroups_per_controller":{"beancounter":14,"blkio":82,"cpu":95,"cpuacct":95,"cpuset":14,"devices":82,"freezer":14,"hugetlb":14,"memory":95,"net_cls":14,"net_prio":14,"perf_event":14,"pids":14,"ve":14},"v1_controllers":["beancounter","blkio","cpu","cpuacct","cpuset","devices","freezer","hugetlb","memory","net_cls","net_prio","perf_event","pids","ve"],"v2_cgroups":null,"v2_controllers":[],"version":"v1","walk_truncated":false}
b2e6ff40-9d39-4c62-a555-57c5b26a4399	sys.static	1785232800	{"sysctl":{"fs.aio-max-nr":1048576,"fs.file-max":6553560,"fs.odirect_enable":0,"kernel.panic":0,"kernel.pid_max":4194304,"kernel.threads-max":514152,"kernel.ve_allow_kthreads":1,"net.ipv4.ip_forward":1,"vm.max_map_count":65530,"vm.min_free_kbytes":262144,"vm.overcommit_memory":0,"vm.swappiness":10},"uptime_days":45,"vz_conf":{"DISK_QUOTA":"yes","GOLDEN_IMAGE":"yes","IPV6":"yes","LOG_LEVEL":"0","TEMPLATE":"default","TRAFFIC_SHAPING":"no","USE_NET_RPS":"yes","USE_VENET_MASK":"yes","VEFSTYPE":"xfs","VEIMAGEFORMAT":"ploop","VE_PRIVATE":"default","VE_ROOT":"default","VE_STOP_MODE":"stop","VIRTUOZZO":"yes","VZWDOG":"no"}}
b2e6ff40-9d39-4c62-a555-57c5b26a4399	vz.host	1785232800	{"generation":"other","hardware_node":true,"openvz_kernel":true,"prlctl_version":"9.0.3","product":"virtuozzo","ve0_in_beancounters":false,"ve0_in_veinfo":true,"vzctl_version":null}
b2e6ff40-9d39-4c62-a555-57c5b26a4399	vz.readykernel	1785232800	{"autoload":true,"installed":true,"patch_level":null,"patches_enabled":0,"patches_loaded":0}
b2e6ff40-9d39-4c62-a555-57c5b26a4399	vz.storage_cluster	1785232800	{"member":true,"product":"vstorage","roles":{"chunk_server":true,"client":true,"metadata_server":false},"shaman_master":false,"shaman_nodes":3}
b2e6ff40-9d39-4c62-a555-57c5b26a4399	vz.templates	1785232800	{"app_templates":{"mariadb":1},"os_templates":{"almalinux-9":1,"centos-7":1,"ubuntu-22.04":1,"vzlinux-9":1},"os_templates_cached":{"almalinux-9":1,"ubuntu-22.04":1,"vzlinux-9":1},"source":"vzpkg"}
b2e6ff40-9d39-4c62-a555-57c5b26a4399	vz.vms	1785232800	{"by_state":{"running":1,"stopped":1},"guest_os":{"centos":1,"windows":1},"memory":{"<=2G":1,"<=8G":1},"vcpus":{"2":1,"<=4":1},"vms":2}
502b875a-c8ee-43dc-8847-414b8291d166	hw.cpu	1785232800	{"cores":4,"hypervisor":null,"mhz":1200,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"sockets":1,"threads":8,"under_hypervisor":false,"vendor":"intel","vendor_id":"GenuineIntel","virtualization":null}
502b875a-c8ee-43dc-8847-414b8291d166	hw.disks	1785232800	{"by_kind":{"hdd":2,"nvme":1},"count":3,"disks":[{"kind":"nvme","logical_block_size":512,"model":"SAMSUNG MZQLB960HAJR-00007","size_bytes":960197124096,"transport":"nvme","vendor":null},{"kind":"hdd","logical_block_size":512,"model":"ST2000NM0055-1V4","size_bytes":2000398934016,"transport":"sata","vendor":"ATA"},{"kind":"hdd","logical_block_size":512,"model":"ST2000NM0055-1V4","size_bytes":2000398934016,"transport":"sata","vendor":"ATA"}],"md":[{"level":"raid1","member_kinds":{"hdd":2},"members":2,"size_bytes":2000263577600}],"total_bytes":4960994992128}
502b875a-c8ee-43dc-8847-414b8291d166	hw.memory	1785232800	{"available_bytes":49389199360,"hugepage_size_bytes":2097152,"hugepages_total":0,"ksm_pages_shared":5120,"swap_total_bytes":8589930496,"swap_used_bytes":268435456,"total_bytes":67337687040}
502b875a-c8ee-43dc-8847-414b8291d166	net.config	1785232800	{"bonding":{"count":1,"modes":{"active-backup":1},"slaves":2},"bridges":1,"ipv6":true,"nics":[{"count":1,"driver":"igb","speed_mbps":null},{"count":2,"driver":"ixgbe","speed_mbps":10000}],"other_virtual":1,"physical_nics":3,"teams":0,"vlans":0}
502b875a-c8ee-43dc-8847-414b8291d166	os.kernel	1785232800	{"line":"vz9","machine":"x86_64","openvz":true,"release":"5.14.0-427.33.1.vz9.72.4"}
502b875a-c8ee-43dc-8847-414b8291d166	os.release	1785232800	{"id":"virtuozzo","like":["rhel","fedora"],"name":"Virtuozzo Hybrid Server","source":"/etc/os-release","version":"9"}
502b875a-c8ee-43dc-8847-414b8291d166	storage.vz	1785232800	{"free_bytes":1455309348864,"fs_type":"ext4","size_bytes":1967617212416,"used_bytes":412316860416}
502b875a-c8ee-43dc-8847-414b8291d166	sw.packages	1785232800	{"manager":"rpm","versions":{"disp-helper":["0.0.41-1.vz7"],"libvirt":["2.4.0-1.vz7.31"],"ploop":["9.0.23-1.vz9"],"ploop-lib":["9.0.23-1.vz9"],"prl-disp-service":["7.0.725-2.vz7"],"prlctl":["9.0.3-1.vz9"],"qemu-kvm-vz":["2.6.0-28.3.10.vz7.75"],"readykernel":["7.55-1.vl7"],"shaman":["7.0.42-1.vz7"],"vzctl":["9.0.1-1.vz9"],"vzkernel":["5.14.0-427.33.1.vz9.72.4"]}}
502b875a-c8ee-43dc-8847-414b8291d166	sw.services	1785232800	{"active":["vz","prl-disp","libvirtd","vcmmd","firewalld","tuned"],"enabled":["vz","prl-disp","libvirtd","vcmmd","readykernel","pcompact","firewalld","tuned"],"init":"systemd","installed":["vz","prl-disp","libvirtd","vcmmd","shaman","readykernel","pcompact","firewalld","tuned"]}
502b875a-c8ee-43dc-8847-414b8291d166	sys.cgroups	1785232800	{"cgroups_per_controller":{"beancounter":14,"blkio":82,"cpu":95,"cpuacct":95,"cpuset":14,"devices":82,"freezer":14,"hugetlb":14,"memory":95,"net_cls":14,"net_prio":14,"perf_event":14,"pids":14,"ve":14},"v1_controllers":["beancounter","blkio","cpu","cpuacct","cpuset","devices","freezer","hugetlb","memory","net_cls","net_prio","perf_event","pids","ve"],"v2_cgroups":null,"v2_controllers":[],"version":"v1","walk_truncated":false}
502b875a-c8ee-43dc-8847-414b8291d166	sys.static	1785232800	{"sysctl":{"fs.aio-max-nr":1048576,"fs.file-max":6553560,"fs.odirect_enable":0,"kernel.panic":0,"kernel.pid_max":4194304,"kernel.threads-max":514152,"kernel.ve_allow_kthreads":1,"net.ipv4.ip_forward":1,"vm.max_map_count":65530,"vm.min_free_kbytes":262144,"vm.overcommit_memory":0,"vm.swappiness":10},"uptime_days":45,"vz_conf":{"DISK_QUOTA":"yes","GOLDEN_IMAGE":"yes","IPV6":"yes","LOG_LEVEL":"0","TEMPLATE":"default","TRAFFIC_SHAPING":"no","USE_NET_RPS":"yes","USE_VENET_MASK":"yes","VEFSTYPE":"xfs","VEIMAGEFORMAT":"ploop","VE_PRIVATE":"default","VE_ROOT":"default","VE_STOP_MODE":"stop","VIRTUOZZO":"yes","VZWDOG":"no"}}
502b875a-c8ee-43dc-8847-414b8291d166	vz.host	1785232800	{"generation":"other","hardware_node":true,"openvz_kernel":true,"prlctl_version":"9.0.3","product":"virtuozzo","ve0_in_beancounters":false,"ve0_in_veinfo":true,"vzctl_version":null}
502b875a-c8ee-43dc-8847-414b8291d166	vz.readykernel	1785232800	{"autoload":true,"installed":true,"patch_level":null,"patches_enabled":0,"patches_loaded":0}
502b875a-c8ee-43dc-8847-414b8291d166	vz.storage_cluster	1785232800	{"member":true,"product":"vstorage","roles":{"chunk_server":true,"client":true,"metadata_server":false},"shaman_master":false,"shaman_nodes":3}
502b875a-c8ee-43dc-8847-414b8291d166	vz.templates	1785232800	{"app_templates":{"mariadb":1},"os_templates":{"almalinux-9":1,"centos-7":1,"ubuntu-22.04":1,"vzlinux-9":1},"os_templates_cached":{"almalinux-9":1,"ubuntu-22.04":1,"vzlinux-9":1},"source":"vzpkg"}
502b875a-c8ee-43dc-8847-414b8291d166	vz.vms	1785232800	{"by_state":{"running":1,"stopped":1},"guest_os":{"centos":1,"windows":1},"memory":{"<=2G":1,"<=8G":1},"vcpus":{"2":1,"<=4":1},"vms":2}
1047d0d1-1dc2-419d-adda-5859dd19c256	hw.cpu	1785232800	{"cores":4,"hypervisor":null,"mhz":1200,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"sockets":1,"threads":8,"under_hypervisor":false,"vendor":"intel","vendor_id":"GenuineIntel","virtualization":null}
1047d0d1-1dc2-419d-adda-5859dd19c256	hw.disks	1785232800	{"by_kind":{"hdd":2,"nvme":1},"count":3,"disks":[{"kind":"nvme","logical_block_size":512,"model":"SAMSUNG MZQLB960HAJR-00007","size_bytes":960197124096,"transport":"nvme","vendor":null},{"kind":"hdd","logical_block_size":512,"model":"ST2000NM0055-1V4","size_bytes":2000398934016,"transport":"sata","vendor":"ATA"},{"kind":"hdd","logical_block_size":512,"model":"ST2000NM0055-1V4","size_bytes":2000398934016,"transport":"sata","vendor":"ATA"}],"md":[{"level":"raid1","member_kinds":{"hdd":2},"members":2,"size_bytes":2000263577600}],"total_bytes":4960994992128}
1047d0d1-1dc2-419d-adda-5859dd19c256	hw.memory	1785232800	{"available_bytes":49389199360,"hugepage_size_bytes":2097152,"hugepages_total":0,"ksm_pages_shared":5120,"swap_total_bytes":8589930496,"swap_used_bytes":268435456,"total_bytes":67337687040}
1047d0d1-1dc2-419d-adda-5859dd19c256	net.config	1785232800	{"bonding":{"count":1,"modes":{"active-backup":1},"slaves":2},"bridges":1,"ipv6":true,"nics":[{"count":1,"driver":"igb","speed_mbps":null},{"count":2,"driver":"ixgbe","speed_mbps":10000}],"other_virtual":1,"physical_nics":3,"teams":0,"vlans":0}
1047d0d1-1dc2-419d-adda-5859dd19c256	os.kernel	1785232800	{"line":"vz9","machine":"x86_64","openvz":true,"release":"5.14.0-427.33.1.vz9.72.4"}
1047d0d1-1dc2-419d-adda-5859dd19c256	os.release	1785232800	{"id":"virtuozzo","like":["rhel","fedora"],"name":"Virtuozzo Hybrid Server","source":"/etc/os-release","version":"9"}
1047d0d1-1dc2-419d-adda-5859dd19c256	storage.vz	1785232800	{"free_bytes":1455309348864,"fs_type":"ext4","size_bytes":1967617212416,"used_bytes":412316860416}
1047d0d1-1dc2-419d-adda-5859dd19c256	sw.packages	1785232800	{"manager":"rpm","versions":{"disp-helper":["0.0.41-1.vz7"],"libvirt":["2.4.0-1.vz7.31"],"ploop":["9.0.23-1.vz9"],"ploop-lib":["9.0.23-1.vz9"],"prl-disp-service":["7.0.725-2.vz7"],"prlctl":["9.0.3-1.vz9"],"qemu-kvm-vz":["2.6.0-28.3.10.vz7.75"],"readykernel":["7.55-1.vl7"],"shaman":["7.0.42-1.vz7"],"vzctl":["9.0.1-1.vz9"],"vzkernel":["5.14.0-427.33.1.vz9.72.4"]}}
1047d0d1-1dc2-419d-adda-5859dd19c256	sw.services	1785232800	{"active":["vz","prl-disp","libvirtd","vcmmd","firewalld","tuned"],"enabled":["vz","prl-disp","libvirtd","vcmmd","readykernel","pcompact","firewalld","tuned"],"init":"systemd","installed":["vz","prl-disp","libvirtd","vcmmd","shaman","readykernel","pcompact","firewalld","tuned"]}
1047d0d1-1dc2-419d-adda-5859dd19c256	sys.cgroups	1785232800	{"cgroups_per_controller":{"beancounter":14,"blkio":82,"cpu":95,"cpuacct":95,"cpuset":14,"devices":82,"freezer":14,"hugetlb":14,"memory":95,"net_cls":14,"net_prio":14,"perf_event":14,"pids":14,"ve":14},"v1_controllers":["beancounter","blkio","cpu","cpuacct","cpuset","devices","freezer","hugetlb","memory","net_cls","net_prio","perf_event","pids","ve"],"v2_cgroups":null,"v2_controllers":[],"version":"v1","walk_truncated":false}
1047d0d1-1dc2-419d-adda-5859dd19c256	sys.static	1785232800	{"sysctl":{"fs.aio-max-nr":1048576,"fs.file-max":6553560,"fs.odirect_enable":0,"kernel.panic":0,"kernel.pid_max":4194304,"kernel.threads-max":514152,"kernel.ve_allow_kthreads":1,"net.ipv4.ip_forward":1,"vm.max_map_count":65530,"vm.min_free_kbytes":262144,"vm.overcommit_memory":0,"vm.swappiness":10},"uptime_days":45,"vz_conf":{"DISK_QUOTA":"yes","GOLDEN_IMAGE":"yes","IPV6":"yes","LOG_LEVEL":"0","TEMPLATE":"default","TRAFFIC_SHAPING":"no","USE_NET_RPS":"yes","USE_VENET_MASK":"yes","VEFSTYPE":"xfs","VEIMAGEFORMAT":"ploop","VE_PRIVATE":"default","VE_ROOT":"default","VE_STOP_MODE":"stop","VIRTUOZZO":"yes","VZWDOG":"no"}}
1047d0d1-1dc2-419d-adda-5859dd19c256	vz.host	1785232800	{"generation":"other","hardware_node":true,"openvz_kernel":true,"prlctl_version":"9.0.3","product":"virtuozzo","ve0_in_beancounters":false,"ve0_in_veinfo":true,"vzctl_version":null}
1047d0d1-1dc2-419d-adda-5859dd19c256	vz.readykernel	1785232800	{"autoload":true,"installed":true,"patch_level":null,"patches_enabled":0,"patches_loaded":0}
1047d0d1-1dc2-419d-adda-5859dd19c256	vz.storage_cluster	1785232800	{"member":true,"product":"vstorage","roles":{"chunk_server":true,"client":true,"metadata_server":false},"shaman_master":false,"shaman_nodes":3}
1047d0d1-1dc2-419d-adda-5859dd19c256	vz.templates	1785232800	{"app_templates":{"mariadb":1},"os_templates":{"almalinux-9":1,"centos-7":1,"ubuntu-22.04":1,"vzlinux-9":1},"os_templates_cached":{"almalinux-9":1,"ubuntu-22.04":1,"vzlinux-9":1},"source":"vzpkg"}
1047d0d1-1dc2-419d-adda-5859dd19c256	vz.vms	1785232800	{"by_state":{"running":1,"stopped":1},"guest_os":{"centos":1,"windows":1},"memory":{"<=2G":1,"<=8G":1},"vcpus":{"2":1,"<=4":1},"vms":2}
91d85bf8-71d4-452b-b17e-70067c0e988e	hw.memory	1789466400	{"available_bytes":7100538880,"hugepage_size_bytes":2097152,"hugepages_total":0,"ksm_pages_shared":0,"swap_total_bytes":1022357504,"swap_used_bytes":0,"total_bytes":8331145216}
7bfedbdb-ad66-4c2b-9428-a36085e2a778	hw.cpu	1789466400	{"cores":4,"hypervisor":"kvm","mhz":3000,"models":["AMD EPYC 7302P 16-Core Processor"],"sockets":1,"threads":4,"under_hypervisor":true,"vendor":"amd","vendor_id":"AuthenticAMD","virtualization":null}
7bfedbdb-ad66-4c2b-9428-a36085e2a778	hw.disks	1789466400	{"by_kind":{"hdd":2},"count":2,"disks":[{"kind":"hdd","logical_block_size":512,"model":null,"size_bytes":42949672960,"transport":"virtio","vendor":null},{"kind":"hdd","logical_block_size":512,"model":null,"size_bytes":107374182400,"transport":"virtio","vendor":null}],"md":[],"total_bytes":150323855360}
7bfedbdb-ad66-4c2b-9428-a36085e2a778	hw.memory	1789466400	{"available_bytes":7100538880,"hugepage_size_bytes":2097152,"hugepages_total":0,"ksm_pages_shared":0,"swap_total_bytes":1022357504,"swap_used_bytes":0,"total_bytes":8331145216}
7bfedbdb-ad66-4c2b-9428-a36085e2a778	net.config	1789466400	{"bonding":{"count":0,"modes":{},"slaves":0},"bridges":1,"ipv6":true,"nics":[{"count":1,"driver":"virtio_net","speed_mbps":null}],"other_virtual":1,"physical_nics":1,"teams":0,"vlans":0}
7bfedbdb-ad66-4c2b-9428-a36085e2a778	os.kernel	1789466400	{"line":"other","machine":"x86_64","openvz":false,"release":"6.1.0-26-amd64"}
7bfedbdb-ad66-4c2b-9428-a36085e2a778	os.release	1789466400	{"id":"debian","like":[],"name":"Debian GNU/Linux","source":"/etc/os-release","version":"12"}
7bfedbdb-ad66-4c2b-9428-a36085e2a778	sw.packages	1789466400	{"manager":"dpkg","versions":{"kernel":["6.1.0-25-amd64","6.1.0-26-amd64"],"libvirt":["9.0.0-4"],"qemu":["1:7.2+dfsg-7+deb12u7"]}}
213fbf5d-24e5-4fc9-86d9-426ba65bf233	os.kernel	1789466400	{"line":"other","machine":"x86_64","openvz":false,"release":"6.1.0-26-amd64"}
91d85bf8-71d4-452b-b17e-70067c0e988e	hw.cpu	1789466400	{"cores":4,"hypervisor":"kvm","mhz":3000,"models":["AMD EPYC 7302P 16-Core Processor"],"sockets":1,"threads":4,"under_hypervisor":true,"vendor":"amd","vendor_id":"AuthenticAMD","virtualization":null}
91d85bf8-71d4-452b-b17e-70067c0e988e	hw.disks	1789466400	{"by_kind":{"hdd":2},"count":2,"disks":[{"kind":"hdd","logical_block_size":512,"model":null,"size_bytes":42949672960,"transport":"virtio","vendor":null},{"kind":"hdd","logical_block_size":512,"model":null,"size_bytes":107374182400,"transport":"virtio","vendor":null}],"md":[],"total_bytes":150323855360}
91d85bf8-71d4-452b-b17e-70067c0e988e	net.config	1789466400	{"bonding":{"count":0,"modes":{},"slaves":0},"bridges":1,"ipv6":true,"nics":[{"count":1,"driver":"virtio_net","speed_mbps":null}],"other_virtual":1,"physical_nics":1,"teams":0,"vlans":0}
91d85bf8-71d4-452b-b17e-70067c0e988e	os.kernel	1789466400	{"line":"other","machine":"x86_64","openvz":false,"release":"6.1.0-26-amd64"}
91d85bf8-71d4-452b-b17e-70067c0e988e	os.release	1789466400	{"id":"debian","like":[],"name":"Debian GNU/Linux","source":"/etc/os-release","version":"12"}
91d85bf8-71d4-452b-b17e-70067c0e988e	sw.packages	1789466400	{"manager":"dpkg","versions":{"kernel":["6.1.0-25-amd64","6.1.0-26-amd64"],"libvirt":["9.0.0-4"],"qemu":["1:7.2+dfsg-7+deb12u7"]}}
91d85bf8-71d4-452b-b17e-70067c0e988e	sw.services	1789466400	{"active":["libvirtd"],"enabled":["libvirtd"],"init":"systemd","installed":["libvirtd"]}
91d85bf8-71d4-452b-b17e-70067c0e988e	sys.cgroups	1789466400	{"cgroups_per_controller":{"cpu":4,"cpuset":1,"hugetlb":1,"io":4,"memory":8,"misc":1,"pids":8,"rdma":1},"v1_controllers":[],"v2_cgroups":8,"v2_controllers":["cpu","cpuset","hugetlb","io","memory","misc","pids","rdma"],"version":"v2","walk_truncated":false}
91d85bf8-71d4-452b-b17e-70067c0e988e	sys.static	1789466400	{"sysctl":{"fs.aio-max-nr":65536,"fs.file-max":9223372036854775807,"kernel.panic":0,"kernel.pid_max":4194304,"kernel.threads-max":63296,"net.ipv4.ip_forward":1,"vm.max_map_count":65530,"vm.min_free_kbytes":67584,"vm.overcommit_memory":0,"vm.swappiness":60},"uptime_days":11,"vz_conf":null}
0d1d68a7-0a31-452d-ac11-ed618a9962ae	os.kernel	1789466400	{"line":"other","machine":"x86_64","openvz":false,"release":"6.1.0-26-amd64"}
0d1d68a7-0a31-452d-ac11-ed618a9962ae	os.release	1789466400	{"id":"debian","like":[],"name":"Debian GNU/Linux","source":"/etc/os-release","version":"12"}
0d1d68a7-0a31-452d-ac11-ed618a9962ae	sw.packages	1789466400	{"manager":"dpkg","versions":{"kernel":["6.1.0-25-amd64","6.1.0-26-amd64"],"libvirt":["9.0.0-4"],"qemu":["1:7.2+dfsg-7+deb12u7"]}}
0d1d68a7-0a31-452d-ac11-ed618a9962ae	sw.services	1789466400	{"active":["libvirtd"],"enabled":["libvirtd"],"init":"systemd","installed":["libvirtd"]}
59ce6aa5-70b9-47bc-87f3-762113237531	hw.cpu	1793700000	{"cores":4,"hypervisor":null,"mhz":1200,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"sockets":1,"threads":8,"under_hypervisor":false,"vendor":"intel","vendor_id":"GenuineIntel","virtualization":null}
cbb82acc-160b-40be-8fc6-d4ec5408629b	hw.cpu	1789466400	{"cores":4,"hypervisor":"kvm","mhz":3000,"models":["AMD EPYC 7302P 16-Core Processor"],"sockets":1,"threads":4,"under_hypervisor":true,"vendor":"amd","vendor_id":"AuthenticAMD","virtualization":null}
cbb82acc-160b-40be-8fc6-d4ec5408629b	hw.disks	1789466400	{"by_kind":{"hdd":2},"count":2,"disks":[{"kind":"hdd","logical_block_size":512,"model":null,"size_bytes":42949672960,"transport":"virtio","vendor":null},{"kind":"hdd","logical_block_size":512,"model":null,"size_bytes":107374182400,"transport":"virtio","vendor":null}],"md":[],"total_bytes":150323855360}
cbb82acc-160b-40be-8fc6-d4ec5408629b	hw.memory	1789466400	{"available_bytes":7100538880,"hugepage_size_bytes":2097152,"hugepages_total":0,"ksm_pages_shared":0,"swap_total_bytes":1022357504,"swap_used_bytes":0,"total_bytes":8331145216}
cbb82acc-160b-40be-8fc6-d4ec5408629b	net.config	1789466400	{"bonding":{"count":0,"modes":{},"slaves":0},"bridges":1,"ipv6":true,"nics":[{"count":1,"driver":"virtio_net","speed_mbps":null}],"other_virtual":1,"physical_nics":1,"teams":0,"vlans":0}
0d1d68a7-0a31-452d-ac11-ed618a9962ae	hw.cpu	1789466400	{"cores":4,"hypervisor":"kvm","mhz":3000,"models":["AMD EPYC 7302P 16-Core Processor"],"sockets":1,"threads":4,"under_hypervisor":true,"vendor":"amd","vendor_id":"AuthenticAMD","virtualization":null}
0d1d68a7-0a31-452d-ac11-ed618a9962ae	hw.disks	1789466400	{"by_kind":{"hdd":2},"count":2,"disks":[{"kind":"hdd","logical_block_size":512,"model":null,"size_bytes":42949672960,"transport":"virtio","vendor":null},{"kind":"hdd","logical_block_size":512,"model":null,"size_bytes":107374182400,"transport":"virtio","vendor":null}],"md":[],"total_bytes":150323855360}
0d1d68a7-0a31-452d-ac11-ed618a9962ae	hw.memory	1789466400	{"available_bytes":7100538880,"hugepage_size_bytes":2097152,"hugepages_total":0,"ksm_pages_shared":0,"swap_total_bytes":1022357504,"swap_used_bytes":0,"total_bytes":8331145216}
0d1d68a7-0a31-452d-ac11-ed618a9962ae	net.config	1789466400	{"bonding":{"count":0,"modes":{},"slaves":0},"bridges":1,"ipv6":true,"nics":[{"count":1,"driver":"virtio_net","speed_mbps":null}],"other_virtual":1,"physical_nics":1,"teams":0,"vlans":0}
0d1d68a7-0a31-452d-ac11-ed618a9962ae	sys.cgroups	1789466400	{"cgroups_per_controller":{"cpu":4,"cpuset":1,"hugetlb":1,"io":4,"memory":8,"misc":1,"pids":8,"rdma":1},"v1_controllers":[],"v2_cgroups":8,"v2_controllers":["cpu","cpuset","hugetlb","io","memory","misc","pids","rdma"],"version":"v2","walk_truncated":false}
0d1d68a7-0a31-452d-ac11-ed618a9962ae	sys.static	1789466400	{"sysctl":{"fs.aio-max-nr":65536,"fs.file-max":9223372036854775807,"kernel.panic":0,"kernel.pid_max":4194304,"kernel.threads-max":63296,"net.ipv4.ip_forward":1,"vm.max_map_count":65530,"vm.min_free_kbytes":67584,"vm.overcommit_memory":0,"vm.swappiness":60},"uptime_days":11,"vz_conf":null}
0d1d68a7-0a31-452d-ac11-ed618a9962ae	vz.host	1789466400	{"generation":"none","hardware_node":false,"openvz_kernel":false,"prlctl_version":null,"product":"none","ve0_in_beancounters":false,"ve0_in_veinfo":false,"vzctl_version":null}
0d1d68a7-0a31-452d-ac11-ed618a9962ae	vz.storage_cluster	1789466400	{"member":false,"product":null,"roles":{"chunk_server":false,"client":false,"metadata_server":false},"shaman_master":false,"shaman_nodes":null}
cd191280-0338-49dc-949b-5d384bcaac84	hw.cpu	1793700000	{"cores":4,"hypervisor":null,"mhz":1200,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"sockets":1,"threads":8,"under_hypervisor":false,"vendor":"intel","vendor_id":"GenuineIntel","virtualization":null}
cd191280-0338-49dc-949b-5d384bcaac84	hw.disks	1793700000	{"by_kind":{"hdd":1,"ssd":1},"count":2,"disks":[{"kind":"ssd","logical_block_size":512,"model":"INTEL SSDSC2BB48","size_bytes":480103981056,"transport":"sata","vendor":"ATA"},{"kind":"hdd","logical_block_size":512,"model":"WDC WD1003FBYX-0","size_bytes":1000204886016,"transport":"sata","vendor":"ATA"}],"md":[],"total_bytes":1480308867072}
cd191280-0338-49dc-949b-5d384bcaac84	hw.memory	1793700000	{"available_bytes":null,"hugepage_size_bytes":2097152,"hugepages_total":0,"ksm_pages_shared":null,"swap_total_bytes":1513086976,"swap_used_bytes":0,"total_bytes":518275072}
cd191280-0338-49dc-949b-5d384bcaac84	net.config	1793700000	{"bonding":{"count":0,"modes":{},"slaves":0},"bridges":0,"ipv6":true,"nics":[{"count":2,"driver":"e1000e","speed_mbps":1000}],"other_virtual":1,"physical_nics":2,"teams":0,"vlans":0}
cd191280-0338-49dc-949b-5d384bcaac84	os.kernel	1793700000	{"line":"openvz-legacy","machine":"x86_64","openvz":true,"release":"2.6.32-042stab145.3"}
cd191280-0338-49dc-949b-5d384bcaac84	os.release	1793700000	{"id":"centos","like":[],"name":"CentOS","source":"/etc/redhat-release","version":"6.10"}
cd191280-0338-49dc-949b-5d384bcaac84	storage.vz	1793700000	{"free_bytes":339758010368,"fs_type":"ext4","size_bytes":461988392960,"used_bytes":98765434880}
cd191280-0338-49dc-949b-5d384bcaac84	sw.packages	1793700000	{"manager":"rpm","versions":{"kernel":["2.6.32-754.35.1.el6"],"ploop":["1.9-1"],"ploop-lib":["1.9-1"],"vzctl":["4.3-1"],"vzctl-core":["4.3-1"],"vzkernel":["2.6.32-042stab134.8","2.6.32-042stab145.3"],"vzquota":["3.1-1"],"vzstats":["0.5.3-1"]}}
cd191280-0338-49dc-949b-5d384bcaac84	sw.services	1793700000	{"active":["vz","iptables"],"enabled":["vz","iptables"],"init":"sysv","installed":["vz","vzeventd","iptables"]}
cd191280-0338-49dc-949b-5d384bcaac84	sys.cgroups	1793700000	{"cgroups_per_controller":{"blkio":33},"v1_controllers":["blkio"],"v2_cgroups":null,"v2_controllers":[],"version":"v1","walk_truncated":false}
cd191280-0338-49dc-949b-5d384bcaac84	sys.static	1793700000	{"sysctl":{"fs.aio-max-nr":65536,"fs.file-max":4849600,"fs.odirect_enable":0,"kernel.panic":0,"kernel.pid_max":32768,"kernel.threads-max":63217,"kernel.ve_allow_kthreads":1,"net.ipv4.ip_forward":1,"vm.max_map_count":65530,"vm.min_free_kbytes":67584,"vm.overcommit_memory":0,"vm.swappiness":60},"uptime_days":213,"vz_conf":{"DISK_QUOTA":"yes","GOLDEN_IMAGE":"yes","IPV6":"yes","LOG_LEVEL":"0","TEMPLATE":"default","TRAFFIC_SHAPING":"no","USE_NET_RPS":"yes","USE_VENET_MASK":"yes","VE0CPUUNITS":"1000","VEFSTYPE":"ext4","VE_PRIVATE":"default","VE_ROOT":"default","VIRTUOZZO":"yes","VZWDOG":"no"}}
cd191280-0338-49dc-949b-5d384bcaac84	vz.beancounters	1793700000	{"containers":2,"containers_with_failures":1,"failcnt_containers":{"tcprcvbuf":1},"version":"2.5"}
6432abc7-e99a-4aa3-a992-d2b8955e4d41	net.config	1793700000	{"bonding":{"count":0,"modes":{},"slaves":0},"bridges":0,"ipv6":true,"nics":[{"count":2,"driver":"e1000e","speed_mbps":1000}],"other_virtual":1,"physical_nics":2,"teams":0,"vlans":0}
6432abc7-e99a-4aa3-a992-d2b8955e4d41	os.kernel	1793700000	{"line":"openvz-legacy","machine":"x86_64","openvz":true,"release":"2.6.32-042stab145.3"}
6432abc7-e99a-4aa3-a992-d2b8955e4d41	os.release	1793700000	{"id":"centos","like":[],"name":"CentOS","source":"/etc/redhat-release","version":"6.10"}
cd191280-0338-49dc-949b-5d384bcaac84	vz.simfs	1793700000	{"containers":10,"fs_types":{"ext4":10}}
0e00363f-77c3-4630-bef3-3e25134c70c7	hw.cpu	1793700000	{"cores":4,"hypervisor":null,"mhz":1200,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"sockets":1,"threads":8,"under_hypervisor":false,"vendor":"intel","vendor_id":"GenuineIntel","virtualization":null}
0e00363f-77c3-4630-bef3-3e25134c70c7	hw.disks	1793700000	{"by_kind":{"hdd":1,"ssd":1},"count":2,"disks":[{"kind":"ssd","logical_block_size":512,"model":"INTEL SSDSC2BB48","size_bytes":480103981056,"transport":"sata","vendor":"ATA"},{"kind":"hdd","logical_block_size":512,"model":"WDC WD1003FBYX-0","size_bytes":1000204886016,"transport":"sata","vendor":"ATA"}],"md":[],"total_bytes":1480308867072}
0e00363f-77c3-4630-bef3-3e25134c70c7	hw.memory	1793700000	{"available_bytes":null,"hugepage_size_bytes":2097152,"hugepages_total":0,"ksm_pages_shared":null,"swap_total_bytes":1513086976,"swap_used_bytes":0,"total_bytes":518275072}
0e00363f-77c3-4630-bef3-3e25134c70c7	net.config	1793700000	{"bonding":{"count":0,"modes":{},"slaves":0},"bridges":0,"ipv6":true,"nics":[{"count":2,"driver":"e1000e","speed_mbps":1000}],"other_virtual":1,"physical_nics":2,"teams":0,"vlans":0}
0e00363f-77c3-4630-bef3-3e25134c70c7	os.kernel	1793700000	{"line":"openvz-legacy","machine":"x86_64","openvz":true,"release":"2.6.32-042stab145.3"}
6432abc7-e99a-4aa3-a992-d2b8955e4d41	hw.cpu	1793700000	{"cores":4,"hypervisor":null,"mhz":1200,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"sockets":1,"threads":8,"under_hypervisor":false,"vendor":"intel","vendor_id":"GenuineIntel","virtualization":null}
6432abc7-e99a-4aa3-a992-d2b8955e4d41	hw.disks	1793700000	{"by_kind":{"hdd":1,"ssd":1},"count":2,"disks":[{"kind":"ssd","logical_block_size":512,"model":"INTEL SSDSC2BB48","size_bytes":480103981056,"transport":"sata","vendor":"ATA"},{"kind":"hdd","logical_block_size":512,"model":"WDC WD1003FBYX-0","size_bytes":1000204886016,"transport":"sata","vendor":"ATA"}],"md":[],"total_bytes":1480308867072}
6432abc7-e99a-4aa3-a992-d2b8955e4d41	hw.memory	1793700000	{"available_bytes":null,"hugepage_size_bytes":2097152,"hugepages_total":0,"ksm_pages_shared":null,"swap_total_bytes":1513086976,"swap_used_bytes":0,"total_bytes":518275072}
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	hw.cpu	1793700000	{"cores":4,"hypervisor":null,"mhz":1200,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"sockets":1,"threads":8,"under_hypervisor":false,"vendor":"intel","vendor_id":"GenuineIntel","virtualization":null}
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	hw.disks	1793700000	{"by_kind":{"hdd":1,"ssd":1},"count":2,"disks":[{"kind":"ssd","logical_block_size":512,"model":"INTEL SSDSC2BB48","size_bytes":480103981056,"transport":"sata","vendor":"ATA"},{"kind":"hdd","logical_block_size":512,"model":"WDC WD1003FBYX-0","size_bytes":1000204886016,"transport":"sata","vendor":"ATA"}],"md":[],"total_bytes":1480308867072}
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	hw.memory	1793700000	{"available_bytes":null,"hugepage_size_bytes":2097152,"hugepages_total":0,"ksm_pages_shared":null,"swap_total_bytes":1513086976,"swap_used_bytes":0,"total_bytes":518275072}
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	net.config	1793700000	{"bonding":{"count":0,"modes":{},"slaves":0},"bridges":0,"ipv6":true,"nics":[{"count":2,"driver":"e1000e","speed_mbps":1000}],"other_virtual":1,"physical_nics":2,"teams":0,"vlans":0}
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	os.kernel	1793700000	{"line":"openvz-legacy","machine":"x86_64","openvz":true,"release":"2.6.32-042stab145.3"}
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	os.release	1793700000	{"id":"centos","like":[],"name":"CentOS","source":"/etc/redhat-release","version":"6.10"}
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	storage.vz	1793700000	{"free_bytes":339758010368,"fs_type":"ext4","size_bytes":461988392960,"used_bytes":98765434880}
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	sw.packages	1793700000	{"manager":"rpm","versions":{"kernel":["2.6.32-754.35.1.el6"],"ploop":["1.9-1"],"ploop-lib":["1.9-1"],"vzctl":["4.3-1"],"vzctl-core":["4.3-1"],"vzkernel":["2.6.32-042stab134.8","2.6.32-042stab145.3"],"vzquota":["3.1-1"],"vzstats":["0.5.3-1"]}}
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	sw.services	1793700000	{"active":["vz","iptables"],"enabled":["vz","iptables"],"init":"sysv","installed":["vz","vzeventd","iptables"]}
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	sys.cgroups	1793700000	{"cgroups_per_controller":{"blkio":33},"v1_controllers":["blkio"],"v2_cgroups":null,"v2_controllers":[],"version":"v1","walk_truncated":false}
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	vz.beancounters	1793700000	{"containers":2,"containers_with_failures":1,"failcnt_containers":{"tcprcvbuf":1},"version":"2.5"}
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	vz.host	1793700000	{"generation":"legacy","hardware_node":true,"openvz_kernel":true,"prlctl_version":null,"product":"openvz","ve0_in_beancounters":true,"ve0_in_veinfo":true,"vzctl_version":"4.3"}
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	vz.simfs	1793700000	{"containers":10,"fs_types":{"ext4":10}}
213fbf5d-24e5-4fc9-86d9-426ba65bf233	os.release	1789466400	{"id":"debian","like":[],"name":"Debian GNU/Linux","source":"/etc/os-release","version":"12"}
91d85bf8-71d4-452b-b17e-70067c0e988e	vz.host	1789466400	{"generation":"none","hardware_node":false,"openvz_kernel":false,"prlctl_version":null,"product":"none","ve0_in_beancounters":false,"ve0_in_veinfo":false,"vzctl_version":null}
91d85bf8-71d4-452b-b17e-70067c0e988e	vz.storage_cluster	1789466400	{"member":false,"product":null,"roles":{"chunk_server":false,"client":false,"metadata_server":false},"shaman_master":false,"shaman_nodes":null}
7bfedbdb-ad66-4c2b-9428-a36085e2a778	sw.services	1789466400	{"active":["libvirtd"],"enabled":["libvirtd"],"init":"systemd","installed":["libvirtd"]}
7bfedbdb-ad66-4c2b-9428-a36085e2a778	sys.cgroups	1789466400	{"cgroups_per_controller":{"cpu":4,"cpuset":1,"hugetlb":1,"io":4,"memory":8,"misc":1,"pids":8,"rdma":1},"v1_controllers":[],"v2_cgroups":8,"v2_controllers":["cpu","cpuset","hugetlb","io","memory","misc","pids","rdma"],"version":"v2","walk_truncated":false}
7bfedbdb-ad66-4c2b-9428-a36085e2a778	sys.static	1789466400	{"sysctl":{"fs.aio-max-nr":65536,"fs.file-max":9223372036854775807,"kernel.panic":0,"kernel.pid_max":4194304,"kernel.threads-max":63296,"net.ipv4.ip_forward":1,"vm.max_map_count":65530,"vm.min_free_kbytes":67584,"vm.overcommit_memory":0,"vm.swappiness":60},"uptime_days":11,"vz_conf":null}
7bfedbdb-ad66-4c2b-9428-a36085e2a778	vz.host	1789466400	{"generation":"none","hardware_node":false,"openvz_kernel":false,"prlctl_version":null,"product":"none","ve0_in_beancounters":false,"ve0_in_veinfo":false,"vzctl_version":null}
7bfedbdb-ad66-4c2b-9428-a36085e2a778	vz.storage_cluster	1789466400	{"member":false,"product":null,"roles":{"chunk_server":false,"client":false,"metadata_server":false},"shaman_master":false,"shaman_nodes":null}
cbb82acc-160b-40be-8fc6-d4ec5408629b	os.kernel	1789466400	{"line":"other","machine":"x86_64","openvz":false,"release":"6.1.0-26-amd64"}
cbb82acc-160b-40be-8fc6-d4ec5408629b	os.release	1789466400	{"id":"debian","like":[],"name":"Debian GNU/Linux","source":"/etc/os-release","version":"12"}
cbb82acc-160b-40be-8fc6-d4ec5408629b	sw.packages	1789466400	{"manager":"dpkg","versions":{"kernel":["6.1.0-25-amd64","6.1.0-26-amd64"],"libvirt":["9.0.0-4"],"qemu":["1:7.2+dfsg-7+deb12u7"]}}
cbb82acc-160b-40be-8fc6-d4ec5408629b	sw.services	1789466400	{"active":["libvirtd"],"enabled":["libvirtd"],"init":"systemd","installed":["libvirtd"]}
cbb82acc-160b-40be-8fc6-d4ec5408629b	sys.cgroups	1789466400	{"cgroups_per_controller":{"cpu":4,"cpuset":1,"hugetlb":1,"io":4,"memory":8,"misc":1,"pids":8,"rdma":1},"v1_controllers":[],"v2_cgroups":8,"v2_controllers":["cpu","cpuset","hugetlb","io","memory","misc","pids","rdma"],"version":"v2","walk_truncated":false}
cbb82acc-160b-40be-8fc6-d4ec5408629b	sys.static	1789466400	{"sysctl":{"fs.aio-max-nr":65536,"fs.file-max":9223372036854775807,"kernel.panic":0,"kernel.pid_max":4194304,"kernel.threads-max":63296,"net.ipv4.ip_forward":1,"vm.max_map_count":65530,"vm.min_free_kbytes":67584,"vm.overcommit_memory":0,"vm.swappiness":60},"uptime_days":11,"vz_conf":null}
cbb82acc-160b-40be-8fc6-d4ec5408629b	vz.host	1789466400	{"generation":"none","hardware_node":false,"openvz_kernel":false,"prlctl_version":null,"product":"none","ve0_in_beancounters":false,"ve0_in_veinfo":false,"vzctl_version":null}
cbb82acc-160b-40be-8fc6-d4ec5408629b	vz.storage_cluster	1789466400	{"member":false,"product":null,"roles":{"chunk_server":false,"client":false,"metadata_server":false},"shaman_master":false,"shaman_nodes":null}
03f1b2f5-f889-4588-b8df-d423c4a48c86	storage.vz	1795514400	{"free_bytes":1455309348864,"fs_type":"ext4","size_bytes":1967617212416,"used_bytes":412316860416}
03f1b2f5-f889-4588-b8df-d423c4a48c86	sw.packages	1795514400	{"manager":"rpm","versions":{"disp-helper":["0.0.41-1.vz7"],"libvirt":["2.4.0-1.vz7.31"],"ploop":["7.0.93-1.vz7"],"ploop-lib":["7.0.93-1.vz7"],"prl-disp-service":["7.0.725-2.vz7"],"prlctl":["7.0.137-1.vz7"],"qemu-kvm-vz":["2.6.0-28.3.10.vz7.75"],"readykernel":["7.55-1.vl7"],"shaman":["7.0.42-1.vz7"],"vzctl":["7.0.165-1.vz7"],"vzkernel":["3.10.0-1160.80.1.vz7.191.4","3.10.0-514.26.1.vz7.33.22"]}}
a3997855-16f0-4b80-9944-1b6e8941c40a	vz.vms	1795514400	{"by_state":{"running":1,"stopped":1},"guest_os":{"centos":1,"windows":1},"memory":{"<=2G":1,"<=8G":1},"vcpus":{"2":1,"<=4":1},"vms":2}
f77a3a71-a168-4180-86df-a8665ef4aaef	hw.cpu	1795514400	{"cores":4,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"sockets":1,"threads":8,"vendor":"Intel"}
f77a3a71-a168-4180-86df-a8665ef4aaef	hw.memory	1795514400	{"swap_total_bytes":1513086976,"total_bytes":518275072}
f77a3a71-a168-4180-86df-a8665ef4aaef	os.kernel	1795514400	{"line":"openvz-legacy","machine":"x86_64","openvz":true,"release":"2.6.32-042stab145.3"}
f77a3a71-a168-4180-86df-a8665ef4aaef	os.release	1795514400	{"id":"vzlinux","like":[],"name":"Virtuozzo Linux","source":"/etc/redhat-release","version":"7.3"}
f77a3a71-a168-4180-86df-a8665ef4aaef	sw.packages	1795514400	{"kernel":"2.6.32","ploop":"1.15","vzctl":"4.9.4","vzctl-core":"4.9.4","vzkernel":"2.6.32","vzquota":"3.1"}
213fbf5d-24e5-4fc9-86d9-426ba65bf233	hw.cpu	1789466400	{"cores":4,"hypervisor":"kvm","mhz":3000,"models":["AMD EPYC 7302P 16-Core Processor"],"sockets":1,"threads":4,"under_hypervisor":true,"vendor":"amd","vendor_id":"AuthenticAMD","virtualization":null}
213fbf5d-24e5-4fc9-86d9-426ba65bf233	hw.disks	1789466400	{"by_kind":{"hdd":2},"count":2,"disks":[{"kind":"hdd","logical_block_size":512,"model":null,"size_bytes":42949672960,"transport":"virtio","vendor":null},{"kind":"hdd","logical_block_size":512,"model":null,"size_bytes":107374182400,"transport":"virtio","vendor":null}],"md":[],"total_bytes":150323855360}
213fbf5d-24e5-4fc9-86d9-426ba65bf233	hw.memory	1789466400	{"available_bytes":7100538880,"hugepage_size_bytes":2097152,"hugepages_total":0,"ksm_pages_shared":0,"swap_total_bytes":1022357504,"swap_used_bytes":0,"total_bytes":8331145216}
213fbf5d-24e5-4fc9-86d9-426ba65bf233	net.config	1789466400	{"bonding":{"count":0,"modes":{},"slaves":0},"bridges":1,"ipv6":true,"nics":[{"count":1,"driver":"virtio_net","speed_mbps":null}],"other_virtual":1,"physical_nics":1,"teams":0,"vlans":0}
213fbf5d-24e5-4fc9-86d9-426ba65bf233	sw.packages	1789466400	{"manager":"dpkg","versions":{"kernel":["6.1.0-25-amd64","6.1.0-26-amd64"],"libvirt":["9.0.0-4"],"qemu":["1:7.2+dfsg-7+deb12u7"]}}
213fbf5d-24e5-4fc9-86d9-426ba65bf233	sw.services	1789466400	{"active":["libvirtd"],"enabled":["libvirtd"],"init":"systemd","installed":["libvirtd"]}
213fbf5d-24e5-4fc9-86d9-426ba65bf233	sys.cgroups	1789466400	{"cgroups_per_controller":{"cpu":4,"cpuset":1,"hugetlb":1,"io":4,"memory":8,"misc":1,"pids":8,"rdma":1},"v1_controllers":[],"v2_cgroups":8,"v2_controllers":["cpu","cpuset","hugetlb","io","memory","misc","pids","rdma"],"version":"v2","walk_truncated":false}
213fbf5d-24e5-4fc9-86d9-426ba65bf233	sys.static	1789466400	{"sysctl":{"fs.aio-max-nr":65536,"fs.file-max":9223372036854775807,"kernel.panic":0,"kernel.pid_max":4194304,"kernel.threads-max":63296,"net.ipv4.ip_forward":1,"vm.max_map_count":65530,"vm.min_free_kbytes":67584,"vm.overcommit_memory":0,"vm.swappiness":60},"uptime_days":11,"vz_conf":null}
213fbf5d-24e5-4fc9-86d9-426ba65bf233	vz.host	1789466400	{"generation":"none","hardware_node":false,"openvz_kernel":false,"prlctl_version":null,"product":"none","ve0_in_beancounters":false,"ve0_in_veinfo":false,"vzctl_version":null}
213fbf5d-24e5-4fc9-86d9-426ba65bf233	vz.storage_cluster	1789466400	{"member":false,"product":null,"roles":{"chunk_server":false,"client":false,"metadata_server":false},"shaman_master":false,"shaman_nodes":null}
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	hw.cpu	1795514400	{"cores":4,"hypervisor":null,"mhz":1200,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"sockets":1,"threads":8,"under_hypervisor":false,"vendor":"intel","vendor_id":"GenuineIntel","virtualization":null}
d75985c9-475a-41af-ad58-69bd3fbfb596	hw.memory	1794909600	{"swap_total_bytes":1513086976,"total_bytes":518275072}
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	os.kernel	1795514400	{"line":"vz7","machine":"x86_64","openvz":true,"release":"3.10.0-1160.80.1.vz7.191.4"}
03f1b2f5-f889-4588-b8df-d423c4a48c86	sw.services	1795514400	{"active":["vz","prl-disp","libvirtd","vcmmd","firewalld","tuned"],"enabled":["vz","prl-disp","libvirtd","vcmmd","readykernel","pcompact","firewalld","tuned"],"init":"systemd","installed":["vz","prl-disp","libvirtd","vcmmd","shaman","readykernel","pcompact","firewalld","tuned"]}
d75985c9-475a-41af-ad58-69bd3fbfb596	hw.cpu	1794909600	{"cores":null,"models":["Intel(R) Core(TM)2 CPU T7400 @ 2.16GHz"],"sockets":1,"threads":1,"vendor":"Intel"}
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	hw.memory	1795514400	{"swap_total_bytes":1513086976,"total_bytes":518275072}
d75985c9-475a-41af-ad58-69bd3fbfb596	os.kernel	1794909600	{"line":"openvz-legacy","machine":"x86_64","openvz":true,"release":"2.6.32-042stab134.8"}
d75985c9-475a-41af-ad58-69bd3fbfb596	os.release	1794909600	{"id":"vzlinux","like":[],"name":"Virtuozzo Linux","source":"/etc/redhat-release","version":"7.3"}
d75985c9-475a-41af-ad58-69bd3fbfb596	vz.containers	1794909600	{"by_layout":{"ploop":4,"simfs":5},"by_template":{"debian-7.0":1,"ubuntu-12.04":1},"configured":9,"mounted":0,"running":9,"stopped":0,"suspended":0,"vswap":3}
715ba171-c0de-4a15-9950-b5024eb295fc	hw.cpu	1794909600	{"cores":null,"models":["Intel(R) Core(TM)2 CPU T7400 @ 2.16GHz"],"sockets":1,"threads":1,"vendor":"Intel"}
715ba171-c0de-4a15-9950-b5024eb295fc	hw.memory	1794909600	{"swap_total_bytes":1513086976,"total_bytes":518275072}
715ba171-c0de-4a15-9950-b5024eb295fc	os.kernel	1794909600	{"line":"openvz-legacy","machine":"x86_64","openvz":true,"release":"2.6.32-042stab134.8"}
715ba171-c0de-4a15-9950-b5024eb295fc	os.release	1794909600	{"id":"vzlinux","like":[],"name":"Virtuozzo Linux","source":"/etc/redhat-release","version":"7.3"}
715ba171-c0de-4a15-9950-b5024eb295fc	vz.containers	1794909600	{"by_layout":{"ploop":4,"simfs":5},"by_template":{"debian-7.0":1,"ubuntu-12.04":1},"configured":9,"mounted":0,"running":9,"stopped":0,"suspended":0,"vswap":3}
1a813460-3468-41f9-b8ea-400721f158f0	hw.cpu	1794909600	{"cores":null,"models":["Intel(R) Core(TM)2 CPU T7400 @ 2.16GHz"],"sockets":1,"threads":1,"vendor":"Intel"}
1a813460-3468-41f9-b8ea-400721f158f0	hw.memory	1794909600	{"swap_total_bytes":1513086976,"total_bytes":518275072}
1a813460-3468-41f9-b8ea-400721f158f0	os.kernel	1794909600	{"line":"openvz-legacy","machine":"x86_64","openvz":true,"release":"2.6.32-042stab134.8"}
1a813460-3468-41f9-b8ea-400721f158f0	os.release	1794909600	{"id":"vzlinux","like":[],"name":"Virtuozzo Linux","source":"/etc/redhat-release","version":"7.3"}
1a813460-3468-41f9-b8ea-400721f158f0	vz.containers	1794909600	{"by_layout":{"ploop":4,"simfs":5},"by_template":{"debian-7.0":1,"ubuntu-12.04":1},"configured":9,"mounted":0,"running":9,"stopped":0,"suspended":0,"vswap":3}
c3601b2c-18ca-4520-82e2-e5e36455db1f	vz.containers	1795514400	{"by_layout":{"ploop":4,"simfs":5},"by_template":{"centos-6":2,"debian-7.0":1},"configured":9,"mounted":0,"running":9,"stopped":0,"suspended":0,"vswap":3}
03f1b2f5-f889-4588-b8df-d423c4a48c86	os.kernel	1795514400	{"line":"vz7","machine":"x86_64","openvz":true,"release":"3.10.0-1160.80.1.vz7.191.4"}
03f1b2f5-f889-4588-b8df-d423c4a48c86	os.release	1795514400	{"id":"virtuozzo","like":["rhel","fedora"],"name":"Virtuozzo","source":"/etc/os-release","version":"7"}
03f1b2f5-f889-4588-b8df-d423c4a48c86	hw.cpu	1795514400	{"cores":4,"hypervisor":null,"mhz":1200,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"sockets":1,"threads":8,"under_hypervisor":false,"vendor":"intel","vendor_id":"GenuineIntel","virtualization":null}
03f1b2f5-f889-4588-b8df-d423c4a48c86	hw.disks	1795514400	{"by_kind":{"hdd":2,"nvme":1},"count":3,"disks":[{"kind":"nvme","logical_block_size":512,"model":"SAMSUNG MZQLB960HAJR-00007","size_bytes":960197124096,"transport":"nvme","vendor":null},{"kind":"hdd","logical_block_size":512,"model":"ST2000NM0055-1V4","size_bytes":2000398934016,"transport":"sata","vendor":"ATA"},{"kind":"hdd","logical_block_size":512,"model":"ST2000NM0055-1V4","size_bytes":2000398934016,"transport":"sata","vendor":"ATA"}],"md":[{"level":"raid1","member_kinds":{"hdd":2},"members":2,"size_bytes":2000263577600}],"total_bytes":4960994992128}
03f1b2f5-f889-4588-b8df-d423c4a48c86	hw.memory	1795514400	{"available_bytes":49389199360,"hugepage_size_bytes":2097152,"hugepages_total":0,"ksm_pages_shared":5120,"swap_total_bytes":8589930496,"swap_used_bytes":268435456,"total_bytes":67337687040}
03f1b2f5-f889-4588-b8df-d423c4a48c86	net.config	1795514400	{"bonding":{"count":1,"modes":{"active-backup":1},"slaves":2},"bridges":1,"ipv6":true,"nics":[{"count":1,"driver":"igb","speed_mbps":null},{"count":2,"driver":"ixgbe","speed_mbps":10000}],"other_virtual":1,"physical_nics":3,"teams":0,"vlans":0}
10d028b7-2096-4f18-ba9a-ff806979ddf7	hw.disks	1795514400	{"by_kind":{"hdd":2,"nvme":1},"count":3,"disks":[{"kind":"nvme","logical_block_size":512,"model":"SAMSUNG MZQLB960HAJR-00007","size_bytes":960197124096,"transport":"nvme","vendor":null},{"kind":"hdd","logical_block_size":512,"model":"ST2000NM0055-1V4","size_bytes":2000398934016,"transport":"sata","vendor":"ATA"},{"kind":"hdd","logical_block_size":512,"model":"ST2000NM0055-1V4","size_bytes":2000398934016,"transport":"sata","vendor":"ATA"}],"md":[{"level":"raid1","member_kinds":{"hdd":2},"members":2,"size_bytes":2000263577600}],"total_bytes":4960994992128}
10d028b7-2096-4f18-ba9a-ff806979ddf7	hw.memory	1795514400	{"available_bytes":49389199360,"hugepage_size_bytes":2097152,"hugepages_total":0,"ksm_pages_shared":5120,"swap_total_bytes":8589930496,"swap_used_bytes":268435456,"total_bytes":67337687040}
10d028b7-2096-4f18-ba9a-ff806979ddf7	net.config	1795514400	{"bonding":{"count":1,"modes":{"active-backup":1},"slaves":2},"bridges":1,"ipv6":true,"nics":[{"count":1,"driver":"igb","speed_mbps":null},{"count":2,"driver":"ixgbe","speed_mbps":10000}],"other_virtual":1,"physical_nics":3,"teams":0,"vlans":0}
10d028b7-2096-4f18-ba9a-ff806979ddf7	os.kernel	1795514400	{"line":"vz7","machine":"x86_64","openvz":true,"release":"3.10.0-1160.80.1.vz7.191.4"}
10d028b7-2096-4f18-ba9a-ff806979ddf7	os.release	1795514400	{"id":"virtuozzo","like":["rhel","fedora"],"name":"Virtuozzo","source":"/etc/os-release","version":"7"}
10d028b7-2096-4f18-ba9a-ff806979ddf7	storage.vz	1795514400	{"free_bytes":1455309348864,"fs_type":"ext4","size_bytes":1967617212416,"used_bytes":412316860416}
10d028b7-2096-4f18-ba9a-ff806979ddf7	sw.packages	1795514400	{"manager":"rpm","versions":{"disp-helper":["0.0.41-1.vz7"],"libvirt":["2.4.0-1.vz7.31"],"ploop":["7.0.93-1.vz7"],"ploop-lib":["7.0.93-1.vz7"],"prl-disp-service":["7.0.725-2.vz7"],"prlctl":["7.0.137-1.vz7"],"qemu-kvm-vz":["2.6.0-28.3.10.vz7.75"],"readykernel":["7.55-1.vl7"],"shaman":["7.0.42-1.vz7"],"vzctl":["7.0.165-1.vz7"],"vzkernel":["3.10.0-1160.80.1.vz7.191.4","3.10.0-514.26.1.vz7.33.22"]}}
10d028b7-2096-4f18-ba9a-ff806979ddf7	sw.services	1795514400	{"active":["vz","prl-disp","libvirtd","vcmmd","firewalld","tuned"],"enabled":["vz","prl-disp","libvirtd","vcmmd","readykernel","pcompact","firewalld","tuned"],"init":"systemd","installed":["vz","prl-disp","libvirtd","vcmmd","shaman","readykernel","pcompact","firewalld","tuned"]}
10d028b7-2096-4f18-ba9a-ff806979ddf7	vz.beancounters	1795514400	{"containers":0,"containers_with_failures":0,"failcnt_containers":{},"version":"2.5"}
a3997855-16f0-4b80-9944-1b6e8941c40a	vz.templates	1795514400	{"app_templates":{"mysql":1},"os_templates":{"centos-6":1},"os_templates_cached":{"centos-6":1},"source":"vzpkg"}
10d028b7-2096-4f18-ba9a-ff806979ddf7	hw.cpu	1795514400	{"cores":4,"hypervisor":null,"mhz":1200,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"sockets":1,"threads":8,"under_hypervisor":false,"vendor":"intel","vendor_id":"GenuineIntel","virtualization":null}
10d028b7-2096-4f18-ba9a-ff806979ddf7	vz.simfs	1795514400	{"containers":0,"fs_types":{}}
a3997855-16f0-4b80-9944-1b6e8941c40a	hw.cpu	1795514400	{"cores":4,"hypervisor":null,"mhz":1200,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"sockets":1,"threads":8,"under_hypervisor":false,"vendor":"intel","vendor_id":"GenuineIntel","virtualization":null}
a3997855-16f0-4b80-9944-1b6e8941c40a	hw.disks	1795514400	{"by_kind":{"hdd":2,"nvme":1},"count":3,"disks":[{"kind":"nvme","logical_block_size":512,"model":"SAMSUNG MZQLB960HAJR-00007","size_bytes":960197124096,"transport":"nvme","vendor":null},{"kind":"hdd","logical_block_size":512,"model":"ST2000NM0055-1V4","size_bytes":2000398934016,"transport":"sata","vendor":"ATA"},{"kind":"hdd","logical_block_size":512,"model":"ST2000NM0055-1V4","size_bytes":2000398934016,"transport":"sata","vendor":"ATA"}],"md":[{"level":"raid1","member_kinds":{"hdd":2},"members":2,"size_bytes":2000263577600}],"total_bytes":4960994992128}
a3997855-16f0-4b80-9944-1b6e8941c40a	hw.memory	1795514400	{"available_bytes":49389199360,"hugepage_size_bytes":2097152,"hugepages_total":0,"ksm_pages_shared":5120,"swap_total_bytes":8589930496,"swap_used_bytes":268435456,"total_bytes":67337687040}
a3997855-16f0-4b80-9944-1b6e8941c40a	net.config	1795514400	{"bonding":{"count":1,"modes":{"active-backup":1},"slaves":2},"bridges":1,"ipv6":true,"nics":[{"count":1,"driver":"igb","speed_mbps":null},{"count":2,"driver":"ixgbe","speed_mbps":10000}],"other_virtual":1,"physical_nics":3,"teams":0,"vlans":0}
a3997855-16f0-4b80-9944-1b6e8941c40a	os.kernel	1795514400	{"line":"vz7","machine":"x86_64","openvz":true,"release":"3.10.0-1160.80.1.vz7.191.4"}
a3997855-16f0-4b80-9944-1b6e8941c40a	os.release	1795514400	{"id":"virtuozzo","like":["rhel","fedora"],"name":"Virtuozzo","source":"/etc/os-release","version":"7"}
464064af-3816-47c7-ae0c-e7bee87acb41	vz.simfs	1795514400	{"containers":0,"fs_types":{}}
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	hw.cpu	1795514400	{"cores":4,"hypervisor":null,"mhz":1200,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"sockets":1,"threads":8,"under_hypervisor":false,"vendor":"intel","vendor_id":"GenuineIntel","virtualization":null}
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	hw.disks	1795514400	{"by_kind":{"hdd":2,"nvme":1},"count":3,"disks":[{"kind":"nvme","logical_block_size":512,"model":"SAMSUNG MZQLB960HAJR-00007","size_bytes":960197124096,"transport":"nvme","vendor":null},{"kind":"hdd","logical_block_size":512,"model":"ST2000NM0055-1V4","size_bytes":2000398934016,"transport":"sata","vendor":"ATA"},{"kind":"hdd","logical_block_size":512,"model":"ST2000NM0055-1V4","size_bytes":2000398934016,"transport":"sata","vendor":"ATA"}],"md":[{"level":"raid1","member_kinds":{"hdd":2},"members":2,"size_bytes":2000263577600}],"total_bytes":4960994992128}
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	hw.memory	1795514400	{"available_bytes":49389199360,"hugepage_size_bytes":2097152,"hugepages_total":0,"ksm_pages_shared":5120,"swap_total_bytes":8589930496,"swap_used_bytes":268435456,"total_bytes":67337687040}
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	net.config	1795514400	{"bonding":{"count":1,"modes":{"active-backup":1},"slaves":2},"bridges":1,"ipv6":true,"nics":[{"count":1,"driver":"igb","speed_mbps":null},{"count":2,"driver":"ixgbe","speed_mbps":10000}],"other_virtual":1,"physical_nics":3,"teams":0,"vlans":0}
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	sys.cgroups	1795514400	{"cgroups_per_controller":{"beancounter":14,"blkio":82,"cpu":95,"cpuacct":95,"cpuset":14,"devices":82,"freezer":14,"hugetlb":14,"memory":95,"net_cls":14,"net_prio":14,"perf_event":14,"pids":14,"ve":14},"v1_controllers":["beancounter","blkio","cpu","cpuacct","cpuset","devices","freezer","hugetlb","memory","net_cls","net_prio","perf_event","pids","ve"],"v2_cgroups":null,"v2_controllers":[],"version":"v1","walk_truncated":false}
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	sys.static	1795514400	{"sysctl":{"fs.aio-max-nr":1048576,"fs.file-max":6553560,"fs.odirect_enable":0,"kernel.panic":0,"kernel.pid_max":4194304,"kernel.threads-max":514152,"kernel.ve_allow_kthreads":1,"net.ipv4.ip_forward":1,"vm.max_map_count":65530,"vm.min_free_kbytes":262144,"vm.overcommit_memory":0,"vm.swappiness":10},"uptime_days":45,"vz_conf":{"DISK_QUOTA":"yes","GOLDEN_IMAGE":"yes","IPV6":"yes","LOG_LEVEL":"0","TEMPLATE":"default","TRAFFIC_SHAPING":"no","USE_NET_RPS":"yes","USE_VENET_MASK":"yes","VEFSTYPE":"xfs","VEIMAGEFORMAT":"ploop","VE_PRIVATE":"default","VE_ROOT":"default","VE_STOP_MODE":"stop","VIRTUOZZO":"yes","VZWDOG":"no"}}
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	vz.host	1795514400	{"generation":"7","hardware_node":true,"openvz_kernel":true,"prlctl_version":"7.0.240","product":"virtuozzo","ve0_in_beancounters":true,"ve0_in_veinfo":true,"vzctl_version":null}
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	vz.readykernel	1795514400	{"autoload":true,"installed":true,"patch_level":"89.0-r1","patches_enabled":1,"patches_loaded":2}
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	vz.containers	1794909600	{"by_layout":{"ploop":4},"by_template":{"centos-6":1,"centos-7":2,"ubuntu-14.04":1},"configured":4,"cpu_limit":{"<=100":1,"unset":3},"cpu_units":{"<=1000":4},"cpus":{"2":1,"unset":3},"disk_limit":{"<=10G":2,"<=20G":1,"<=50G":1},"features":{"nfs":1},"mounted":0,"numproc_limit":{"unset":4},"onboot":3,"prlctl":{"containers":4,"vms":2},"ram_limit":{"<=1G":1,"<=2G":1,"<=4G":1,"<=512M":1},"running":3,"source":"conf","stopped":1,"suspended":0,"vswap":4}
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	vz.ploop	1794909600	{"images":3,"ploop_version":"7.0.52","size":{"<=10G":3},"snapshots":{"1":3},"unreadable":1}
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	vz.simfs	1794909600	{"containers":0,"fs_types":{}}
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	storage.vz	1795514400	{"free_bytes":1455309348864,"fs_type":"ext4","size_bytes":1967617212416,"used_bytes":412316860416}
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	sw.packages	1795514400	{"manager":"rpm","versions":{"disp-helper":["0.0.41-1.vz7"],"libvirt":["2.4.0-1.vz7.31"],"ploop":["7.0.270-1.vz7"],"ploop-lib":["7.0.270-1.vz7"],"prl-disp-service":["7.0.725-2.vz7"],"prlctl":["7.0.240-1.vz7"],"qemu-kvm-vz":["2.6.0-28.3.10.vz7.75"],"readykernel":["7.55-1.vl7"],"shaman":["7.0.42-1.vz7"],"vzctl":["7.0.229-1.vz7"],"vzkernel":["3.10.0-1160.80.1.vz7.191.4","3.10.0-514.26.1.vz7.33.22"]}}
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	sw.services	1795514400	{"active":["vz","prl-disp","libvirtd","vcmmd","firewalld","tuned"],"enabled":["vz","prl-disp","libvirtd","vcmmd","readykernel","pcompact","firewalld","tuned"],"init":"systemd","installed":["vz","prl-disp","libvirtd","vcmmd","shaman","readykernel","pcompact","firewalld","tuned"]}
eb9700cd-bafc-40df-a7b5-0a008312ccb6	hw.memory	1795514400	{"available_bytes":49389199360,"hugepage_size_bytes":2097152,"hugepages_total":0,"ksm_pages_shared":5120,"swap_total_bytes":8589930496,"swap_used_bytes":268435456,"total_bytes":67337687040}
31d6d449-e63a-4614-8a66-562a07797427	vz.containers	1794909600	{"by_layout":{"ploop":4},"by_template":{"centos-6":1,"centos-7":2,"ubuntu-14.04":1},"configured":4,"cpu_limit":{"<=100":1,"unset":3},"cpu_units":{"<=1000":4},"cpus":{"2":1,"unset":3},"disk_limit":{"<=10G":2,"<=20G":1,"<=50G":1},"features":{"nfs":1},"mounted":0,"numproc_limit":{"unset":4},"onboot":3,"prlctl":{"containers":4,"vms":2},"ram_limit":{"<=1G":1,"<=2G":1,"<=4G":1,"<=512M":1},"running":3,"source":"conf","stopped":1,"suspended":0,"vswap":4}
5d29d753-0e88-4e4b-82fc-ece2fec989a7	sys.static	1795514400	{"sysctl":{"fs.aio-max-nr":1048576,"fs.file-max":6553560,"fs.odirect_enable":0,"kernel.panic":0,"kernel.pid_max":4194304,"kernel.threads-max":514152,"kernel.ve_allow_kthreads":1,"net.ipv4.ip_forward":1,"vm.max_map_count":65530,"vm.min_free_kbytes":262144,"vm.overcommit_memory":0,"vm.swappiness":10},"uptime_days":45,"vz_conf":{"DISK_QUOTA":"yes","GOLDEN_IMAGE":"yes","IPV6":"yes","LOG_LEVEL":"0","TEMPLATE":"default","TRAFFIC_SHAPING":"no","USE_NET_RPS":"yes","USE_VENET_MASK":"yes","VEFSTYPE":"xfs","VEIMAGEFORMAT":"ploop","VE_PRIVATE":"default","VE_ROOT":"default","VE_STOP_MODE":"stop","VIRTUOZZO":"yes","VZWDOG":"no"}}
31d6d449-e63a-4614-8a66-562a07797427	vz.ploop	1794909600	{"images":3,"ploop_version":"7.0.52","size":{"<=10G":3},"snapshots":{"1":3},"unreadable":1}
31d6d449-e63a-4614-8a66-562a07797427	sys.cgroups	1795514400	{"cgroups_per_controller":{"beancounter":14,"blkio":82,"cpu":95,"cpuacct":95,"cpuset":14,"devices":82,"freezer":14,"hugetlb":14,"memory":95,"net_cls":14,"net_prio":14,"perf_event":14,"pids":14,"ve":14},"v1_controllers":["beancounter","blkio","cpu","cpuacct","cpuset","devices","freezer","hugetlb","memory","net_cls","net_prio","perf_event","pids","ve"],"v2_cgroups":null,"v2_controllers":[],"version":"v1","walk_truncated":false}
31d6d449-e63a-4614-8a66-562a07797427	sys.static	1795514400	{"sysctl":{"fs.aio-max-nr":1048576,"fs.file-max":6553560,"fs.odirect_enable":0,"kernel.panic":0,"kernel.pid_max":4194304,"kernel.threads-max":514152,"kernel.ve_allow_kthreads":1,"net.ipv4.ip_forward":1,"vm.max_map_count":65530,"vm.min_free_kbytes":262144,"vm.overcommit_memory":0,"vm.swappiness":10},"uptime_days":45,"vz_conf":{"DISK_QUOTA":"yes","GOLDEN_IMAGE":"yes","IPV6":"yes","LOG_LEVEL":"0","TEMPLATE":"default","TRAFFIC_SHAPING":"no","USE_NET_RPS":"yes","USE_VENET_MASK":"yes","VEFSTYPE":"xfs","VEIMAGEFORMAT":"ploop","VE_PRIVATE":"default","VE_ROOT":"default","VE_STOP_MODE":"stop","VIRTUOZZO":"yes","VZWDOG":"no"}}
31d6d449-e63a-4614-8a66-562a07797427	vz.host	1795514400	{"generation":"7","hardware_node":true,"openvz_kernel":true,"prlctl_version":"7.0.240","product":"virtuozzo","ve0_in_beancounters":true,"ve0_in_veinfo":true,"vzctl_version":null}
eb9700cd-bafc-40df-a7b5-0a008312ccb6	hw.disks	1795514400	{"by_kind":{"hdd":2,"nvme":1},"count":3,"disks":[{"kind":"nvme","logical_block_size":512,"model":"SAMSUNG MZQLB960HAJR-00007","size_bytes":960197124096,"transport":"nvme","vendor":null},{"kind":"hdd","logical_block_size":512,"model":"ST2000NM0055-1V4","size_bytes":2000398934016,"transport":"sata","vendor":"ATA"},{"kind":"hdd","logical_block_size":512,"model":"ST2000NM0055-1V4","size_bytes":2000398934016,"transport":"sata","vendor":"ATA"}],"md":[{"level":"raid1","member_kinds":{"hdd":2},"members":2,"size_bytes":2000263577600}],"total_bytes":4960994992128}
eb9700cd-bafc-40df-a7b5-0a008312ccb6	net.config	1795514400	{"bonding":{"count":1,"modes":{"active-backup":1},"slaves":2},"bridges":1,"ipv6":true,"nics":[{"count":1,"driver":"igb","speed_mbps":null},{"count":2,"driver":"ixgbe","speed_mbps":10000}],"other_virtual":1,"physical_nics":3,"teams":0,"vlans":0}
eb9700cd-bafc-40df-a7b5-0a008312ccb6	os.release	1795514400	{"id":"virtuozzo","like":["rhel","fedora"],"name":"Virtuozzo","source":"/etc/os-release","version":"7"}
31d6d449-e63a-4614-8a66-562a07797427	sw.services	1795514400	{"active":["vz","prl-disp","libvirtd","vcmmd","firewalld","tuned"],"enabled":["vz","prl-disp","libvirtd","vcmmd","readykernel","pcompact","firewalld","tuned"],"init":"systemd","installed":["vz","prl-disp","libvirtd","vcmmd","shaman","readykernel","pcompact","firewalld","tuned"]}
eb9700cd-bafc-40df-a7b5-0a008312ccb6	sw.services	1795514400	{"active":["vz","prl-disp","libvirtd","vcmmd","firewalld","tuned"],"enabled":["vz","prl-disp","libvirtd","vcmmd","readykernel","pcompact","firewalld","tuned"],"init":"systemd","installed":["vz","prl-disp","libvirtd","vcmmd","shaman","readykernel","pcompact","firewalld","tuned"]}
eb9700cd-bafc-40df-a7b5-0a008312ccb6	sys.cgroups	1795514400	{"cgroups_per_controller":{"beancounter":14,"blkio":82,"cpu":95,"cpuacct":95,"cpuset":14,"devices":82,"freezer":14,"hugetlb":14,"memory":95,"net_cls":14,"net_prio":14,"perf_event":14,"pids":14,"ve":14},"v1_controllers":["beancounter","blkio","cpu","cpuacct","cpuset","devices","freezer","hugetlb","memory","net_cls","net_prio","perf_event","pids","ve"],"v2_cgroups":null,"v2_controllers":[],"version":"v1","walk_truncated":false}
eb9700cd-bafc-40df-a7b5-0a008312ccb6	sys.static	1795514400	{"sysctl":{"fs.aio-max-nr":1048576,"fs.file-max":6553560,"fs.odirect_enable":0,"kernel.panic":0,"kernel.pid_max":4194304,"kernel.threads-max":514152,"kernel.ve_allow_kthreads":1,"net.ipv4.ip_forward":1,"vm.max_map_count":65530,"vm.min_free_kbytes":262144,"vm.overcommit_memory":0,"vm.swappiness":10},"uptime_days":45,"vz_conf":{"DISK_QUOTA":"yes","GOLDEN_IMAGE":"yes","IPV6":"yes","LOG_LEVEL":"0","TEMPLATE":"default","TRAFFIC_SHAPING":"no","USE_NET_RPS":"yes","USE_VENET_MASK":"yes","VEFSTYPE":"xfs","VEIMAGEFORMAT":"ploop","VE_PRIVATE":"default","VE_ROOT":"default","VE_STOP_MODE":"stop","VIRTUOZZO":"yes","VZWDOG":"no"}}
eb9700cd-bafc-40df-a7b5-0a008312ccb6	vz.host	1795514400	{"generation":"7","hardware_node":true,"openvz_kernel":true,"prlctl_version":"7.0.240","product":"virtuozzo","ve0_in_beancounters":true,"ve0_in_veinfo":true,"vzctl_version":null}
eb9700cd-bafc-40df-a7b5-0a008312ccb6	vz.readykernel	1795514400	{"autoload":true,"installed":true,"patch_level":"89.0-r1","patches_enabled":1,"patches_loaded":2}
eb9700cd-bafc-40df-a7b5-0a008312ccb6	vz.containers	1794909600	{"by_layout":{"ploop":4},"by_template":{"centos-6":1,"centos-7":2,"ubuntu-14.04":1},"configured":4,"cpu_limit":{"<=100":1,"unset":3},"cpu_units":{"<=1000":4},"cpus":{"2":1,"unset":3},"disk_limit":{"<=10G":2,"<=20G":1,"<=50G":1},"features":{"nfs":1},"mounted":0,"numproc_limit":{"unset":4},"onboot":3,"prlctl":{"containers":4,"vms":2},"ram_limit":{"<=1G":1,"<=2G":1,"<=4G":1,"<=512M":1},"running":3,"source":"conf","stopped":1,"suspended":0,"vswap":4}
eb9700cd-bafc-40df-a7b5-0a008312ccb6	vz.storage_cluster	1795514400	{"member":true,"product":"vstorage","roles":{"chunk_server":true,"client":true,"metadata_server":false},"shaman_master":false,"shaman_nodes":3}
eb9700cd-bafc-40df-a7b5-0a008312ccb6	vz.ploop	1794909600	{"images":3,"ploop_version":"7.0.52","size":{"<=10G":3},"snapshots":{"1":3},"unreadable":1}
eb9700cd-bafc-40df-a7b5-0a008312ccb6	vz.simfs	1794909600	{"containers":0,"fs_types":{}}
eb9700cd-bafc-40df-a7b5-0a008312ccb6	storage.vz	1795514400	{"free_bytes":1455309348864,"fs_type":"ext4","size_bytes":1967617212416,"used_bytes":412316860416}
eb9700cd-bafc-40df-a7b5-0a008312ccb6	sw.packages	1795514400	{"manager":"rpm","versions":{"disp-helper":["0.0.41-1.vz7"],"libvirt":["2.4.0-1.vz7.31"],"ploop":["7.0.270-1.vz7"],"ploop-lib":["7.0.270-1.vz7"],"prl-disp-service":["7.0.725-2.vz7"],"prlctl":["7.0.240-1.vz7"],"qemu-kvm-vz":["2.6.0-28.3.10.vz7.75"],"readykernel":["7.55-1.vl7"],"shaman":["7.0.42-1.vz7"],"vzctl":["7.0.229-1.vz7"],"vzkernel":["3.10.0-1160.80.1.vz7.191.4","3.10.0-514.26.1.vz7.33.22"]}}
cd191280-0338-49dc-949b-5d384bcaac84	vz.containers	1793700000	{"by_layout":{"simfs":10},"by_template":{"centos-6":6,"debian-7":2,"other":1,"ubuntu-14.04":1},"configured":10,"cpu_limit":{"<=100":2,"unlimited":8},"cpu_units":{"<=1000":10},"cpus":{"2":2,"unset":8},"disk_limit":{"<=10G":5,"<=20G":3,"<=50G":2},"features":{"nfs":2,"ppp":1},"mounted":0,"numproc_limit":{"<=100":4,"unlimited":6},"onboot":9,"prlctl":null,"ram_limit":{"<=1G":1,"<=2G":2,"<=512M":3,"unlimited":4},"running":9,"source":"vzlist-json","stopped":1,"suspended":0,"vswap":6}
cd191280-0338-49dc-949b-5d384bcaac84	vz.host	1793700000	{"generation":"legacy","hardware_node":true,"openvz_kernel":true,"prlctl_version":null,"product":"openvz","ve0_in_beancounters":true,"ve0_in_veinfo":true,"vzctl_version":"4.3"}
0e00363f-77c3-4630-bef3-3e25134c70c7	os.release	1793700000	{"id":"centos","like":[],"name":"CentOS","source":"/etc/redhat-release","version":"6.10"}
0e00363f-77c3-4630-bef3-3e25134c70c7	storage.vz	1793700000	{"free_bytes":339758010368,"fs_type":"ext4","size_bytes":461988392960,"used_bytes":98765434880}
0e00363f-77c3-4630-bef3-3e25134c70c7	sw.packages	1793700000	{"manager":"rpm","versions":{"kernel":["2.6.32-754.35.1.el6"],"ploop":["1.9-1"],"ploop-lib":["1.9-1"],"vzctl":["4.3-1"],"vzctl-core":["4.3-1"],"vzkernel":["2.6.32-042stab134.8","2.6.32-042stab145.3"],"vzquota":["3.1-1"],"vzstats":["0.5.3-1"]}}
0e00363f-77c3-4630-bef3-3e25134c70c7	sw.services	1793700000	{"active":["vz","iptables"],"enabled":["vz","iptables"],"init":"sysv","installed":["vz","vzeventd","iptables"]}
0e00363f-77c3-4630-bef3-3e25134c70c7	sys.cgroups	1793700000	{"cgroups_per_controller":{"blkio":33},"v1_controllers":["blkio"],"v2_cgroups":null,"v2_controllers":[],"version":"v1","walk_truncated":false}
0e00363f-77c3-4630-bef3-3e25134c70c7	vz.simfs	1793700000	{"containers":10,"fs_types":{"ext4":10}}
6432abc7-e99a-4aa3-a992-d2b8955e4d41	sw.packages	1793700000	{"manager":"rpm","versions":{"kernel":["2.6.32-754.35.1.el6"],"ploop":["1.9-1"],"ploop-lib":["1.9-1"],"vzctl":["4.3-1"],"vzctl-core":["4.3-1"],"vzkernel":["2.6.32-042stab134.8","2.6.32-042stab145.3"],"vzquota":["3.1-1"],"vzstats":["0.5.3-1"]}}
6432abc7-e99a-4aa3-a992-d2b8955e4d41	sw.services	1793700000	{"active":["vz","iptables"],"enabled":["vz","iptables"],"init":"sysv","installed":["vz","vzeventd","iptables"]}
6432abc7-e99a-4aa3-a992-d2b8955e4d41	sys.cgroups	1793700000	{"cgroups_per_controller":{"blkio":33},"v1_controllers":["blkio"],"v2_cgroups":null,"v2_controllers":[],"version":"v1","walk_truncated":false}
6432abc7-e99a-4aa3-a992-d2b8955e4d41	sys.static	1793700000	{"sysctl":{"fs.aio-max-nr":65536,"fs.file-max":4849600,"fs.odirect_enable":0,"kernel.panic":0,"kernel.pid_max":32768,"kernel.threads-max":63217,"kernel.ve_allow_kthreads":1,"net.ipv4.ip_forward":1,"vm.max_map_count":65530,"vm.min_free_kbytes":67584,"vm.overcommit_memory":0,"vm.swappiness":60},"uptime_days":213,"vz_conf":{"DISK_QUOTA":"yes","GOLDEN_IMAGE":"yes","IPV6":"yes","LOG_LEVEL":"0","TEMPLATE":"default","TRAFFIC_SHAPING":"no","USE_NET_RPS":"yes","USE_VENET_MASK":"yes","VE0CPUUNITS":"1000","VEFSTYPE":"ext4","VE_PRIVATE":"default","VE_ROOT":"default","VIRTUOZZO":"yes","VZWDOG":"no"}}
6432abc7-e99a-4aa3-a992-d2b8955e4d41	vz.beancounters	1793700000	{"containers":2,"containers_with_failures":1,"failcnt_containers":{"tcprcvbuf":1},"version":"2.5"}
6432abc7-e99a-4aa3-a992-d2b8955e4d41	vz.containers	1793700000	{"by_layout":{"simfs":10},"by_template":{"centos-6":6,"debian-7":2,"other":1,"ubuntu-14.04":1},"configured":10,"cpu_limit":{"<=100":2,"unlimited":8},"cpu_units":{"<=1000":10},"cpus":{"2":2,"unset":8},"disk_limit":{"<=10G":5,"<=20G":3,"<=50G":2},"features":{"nfs":2,"ppp":1},"mounted":0,"numproc_limit":{"<=100":4,"unlimited":6},"onboot":9,"prlctl":null,"ram_limit":{"<=1G":1,"<=2G":2,"<=512M":3,"unlimited":4},"running":9,"source":"vzlist-json","stopped":1,"suspended":0,"vswap":6}
464064af-3816-47c7-ae0c-e7bee87acb41	vz.vms	1795514400	{"by_state":{"running":1,"stopped":1},"guest_os":{"centos":1,"windows":1},"memory":{"<=2G":1,"<=8G":1},"vcpus":{"2":1,"<=4":1},"vms":2}
6432abc7-e99a-4aa3-a992-d2b8955e4d41	vz.simfs	1793700000	{"containers":10,"fs_types":{"ext4":10}}
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	sys.static	1793700000	{"sysctl":{"fs.aio-max-nr":65536,"fs.file-max":4849600,"fs.odirect_enable":0,"kernel.panic":0,"kernel.pid_max":32768,"kernel.threads-max":63217,"kernel.ve_allow_kthreads":1,"net.ipv4.ip_forward":1,"vm.max_map_count":65530,"vm.min_free_kbytes":67584,"vm.overcommit_memory":0,"vm.swappiness":60},"uptime_days":213,"vz_conf":{"DISK_QUOTA":"yes","GOLDEN_IMAGE":"yes","IPV6":"yes","LOG_LEVEL":"0","TEMPLATE":"default","TRAFFIC_SHAPING":"no","USE_NET_RPS":"yes","USE_VENET_MASK":"yes","VE0CPUUNITS":"1000","VEFSTYPE":"ext4","VE_PRIVATE":"default","VE_ROOT":"default","VIRTUOZZO":"yes","VZWDOG":"no"}}
f28f8424-1f7b-462c-bbd3-e0732b1e6846	sw.services	1795514400	{"active":["libvirtd"],"enabled":["libvirtd"],"init":"systemd","installed":["libvirtd"]}
f28f8424-1f7b-462c-bbd3-e0732b1e6846	sys.cgroups	1795514400	{"cgroups_per_controller":{"cpu":4,"cpuset":1,"hugetlb":1,"io":4,"memory":8,"misc":1,"pids":8,"rdma":1},"v1_controllers":[],"v2_cgroups":8,"v2_controllers":["cpu","cpuset","hugetlb","io","memory","misc","pids","rdma"],"version":"v2","walk_truncated":false}
f28f8424-1f7b-462c-bbd3-e0732b1e6846	sys.static	1795514400	{"sysctl":{"fs.aio-max-nr":65536,"fs.file-max":9223372036854775807,"kernel.panic":0,"kernel.pid_max":4194304,"kernel.threads-max":63296,"net.ipv4.ip_forward":1,"vm.max_map_count":65530,"vm.min_free_kbytes":67584,"vm.overcommit_memory":0,"vm.swappiness":60},"uptime_days":11,"vz_conf":null}
f28f8424-1f7b-462c-bbd3-e0732b1e6846	vz.host	1795514400	{"generation":"none","hardware_node":false,"openvz_kernel":false,"prlctl_version":null,"product":"none","ve0_in_beancounters":false,"ve0_in_veinfo":false,"vzctl_version":null}
f28f8424-1f7b-462c-bbd3-e0732b1e6846	vz.storage_cluster	1795514400	{"member":false,"product":null,"roles":{"chunk_server":false,"client":false,"metadata_server":false},"shaman_master":false,"shaman_nodes":null}
f09444ea-c240-4c5b-af7f-9ed0ae16b423	net.config	1795514400	{"bonding":{"count":0,"modes":{},"slaves":0},"bridges":1,"ipv6":true,"nics":[{"count":1,"driver":"virtio_net","speed_mbps":null}],"other_virtual":1,"physical_nics":1,"teams":0,"vlans":0}
f09444ea-c240-4c5b-af7f-9ed0ae16b423	os.release	1795514400	{"id":"debian","like":[],"name":"Debian GNU/Linux","source":"/etc/os-release","version":"12"}
f09444ea-c240-4c5b-af7f-9ed0ae16b423	sw.packages	1795514400	{"manager":"dpkg","versions":{"kernel":["6.1.0-25-amd64","6.1.0-26-amd64"],"libvirt":["9.0.0-4"],"qemu":["1:7.2+dfsg-7+deb12u7"]}}
f09444ea-c240-4c5b-af7f-9ed0ae16b423	sw.services	1795514400	{"active":["libvirtd"],"enabled":["libvirtd"],"init":"systemd","installed":["libvirtd"]}
f09444ea-c240-4c5b-af7f-9ed0ae16b423	sys.cgroups	1795514400	{"cgroups_per_controller":{"cpu":4,"cpuset":1,"hugetlb":1,"io":4,"memory":8,"misc":1,"pids":8,"rdma":1},"v1_controllers":[],"v2_cgroups":8,"v2_controllers":["cpu","cpuset","hugetlb","io","memory","misc","pids","rdma"],"version":"v2","walk_truncated":false}
f09444ea-c240-4c5b-af7f-9ed0ae16b423	sys.static	1795514400	{"sysctl":{"fs.aio-max-nr":65536,"fs.file-max":9223372036854775807,"kernel.panic":0,"kernel.pid_max":4194304,"kernel.threads-max":63296,"net.ipv4.ip_forward":1,"vm.max_map_count":65530,"vm.min_free_kbytes":67584,"vm.overcommit_memory":0,"vm.swappiness":60},"uptime_days":11,"vz_conf":null}
f09444ea-c240-4c5b-af7f-9ed0ae16b423	vz.storage_cluster	1795514400	{"member":false,"product":null,"roles":{"chunk_server":false,"client":false,"metadata_server":false},"shaman_master":false,"shaman_nodes":null}
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	os.release	1795514400	{"id":"debian","like":[],"name":"Debian GNU/Linux","source":"/etc/os-release","version":"12"}
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	sw.packages	1795514400	{"manager":"dpkg","versions":{"kernel":["6.1.0-25-amd64","6.1.0-26-amd64"],"libvirt":["9.0.0-4"],"qemu":["1:7.2+dfsg-7+deb12u7"]}}
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	sw.services	1795514400	{"active":["libvirtd"],"enabled":["libvirtd"],"init":"systemd","installed":["libvirtd"]}
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	sys.cgroups	1795514400	{"cgroups_per_controller":{"cpu":4,"cpuset":1,"hugetlb":1,"io":4,"memory":8,"misc":1,"pids":8,"rdma":1},"v1_controllers":[],"v2_cgroups":8,"v2_controllers":["cpu","cpuset","hugetlb","io","memory","misc","pids","rdma"],"version":"v2","walk_truncated":false}
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	sys.static	1795514400	{"sysctl":{"fs.aio-max-nr":65536,"fs.file-max":9223372036854775807,"kernel.panic":0,"kernel.pid_max":4194304,"kernel.threads-max":63296,"net.ipv4.ip_forward":1,"vm.max_map_count":65530,"vm.min_free_kbytes":67584,"vm.overcommit_memory":0,"vm.swappiness":60},"uptime_days":11,"vz_conf":null}
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	vz.host	1795514400	{"generation":"none","hardware_node":false,"openvz_kernel":false,"prlctl_version":null,"product":"none","ve0_in_beancounters":false,"ve0_in_veinfo":false,"vzctl_version":null}
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	vz.storage_cluster	1795514400	{"member":false,"product":null,"roles":{"chunk_server":false,"client":false,"metadata_server":false},"shaman_master":false,"shaman_nodes":null}
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	vz.containers	1795514400	{"by_layout":{"ploop":4,"simfs":5},"by_template":{"centos-6":2,"debian-7.0":1},"configured":9,"mounted":0,"running":9,"stopped":0,"suspended":0,"vswap":3}
7fa8b641-5c50-419e-8146-282719a7816b	vz.containers	1795514400	{"by_layout":{"ploop":4,"simfs":5},"by_template":{"centos-6":2,"debian-7.0":1},"configured":9,"mounted":0,"running":9,"stopped":0,"suspended":0,"vswap":3}
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	vz.simfs	1795514400	{"containers":0,"fs_types":{}}
03f1b2f5-f889-4588-b8df-d423c4a48c86	sys.cgroups	1795514400	{"cgroups_per_controller":{"beancounter":14,"blkio":82,"cpu":95,"cpuacct":95,"cpuset":14,"devices":82,"freezer":14,"hugetlb":14,"memory":95,"net_cls":14,"net_prio":14,"perf_event":14,"pids":14,"ve":14},"v1_controllers":["beancounter","blkio","cpu","cpuacct","cpuset","devices","freezer","hugetlb","memory","net_cls","net_prio","perf_event","pids","ve"],"v2_cgroups":null,"v2_controllers":[],"version":"v1","walk_truncated":false}
f77a3a71-a168-4180-86df-a8665ef4aaef	vz.containers	1795514400	{"by_layout":{"ploop":4,"simfs":5},"by_template":{"centos-6":2,"debian-7.0":1},"configured":9,"mounted":0,"running":9,"stopped":0,"suspended":0,"vswap":3}
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	os.kernel	1795514400	{"line":"openvz-legacy","machine":"x86_64","openvz":true,"release":"2.6.32-042stab145.3"}
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	os.release	1795514400	{"id":"vzlinux","like":[],"name":"Virtuozzo Linux","source":"/etc/redhat-release","version":"7.3"}
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	sw.packages	1795514400	{"kernel":"2.6.32","ploop":"1.15","vzctl":"4.9.4","vzctl-core":"4.9.4","vzkernel":"2.6.32","vzquota":"3.1"}
a3997855-16f0-4b80-9944-1b6e8941c40a	storage.vz	1795514400	{"free_bytes":1455309348864,"fs_type":"ext4","size_bytes":1967617212416,"used_bytes":412316860416}
a3997855-16f0-4b80-9944-1b6e8941c40a	sw.packages	1795514400	{"manager":"rpm","versions":{"disp-helper":["0.0.41-1.vz7"],"libvirt":["2.4.0-1.vz7.31"],"ploop":["7.0.93-1.vz7"],"ploop-lib":["7.0.93-1.vz7"],"prl-disp-service":["7.0.725-2.vz7"],"prlctl":["7.0.137-1.vz7"],"qemu-kvm-vz":["2.6.0-28.3.10.vz7.75"],"readykernel":["7.55-1.vl7"],"shaman":["7.0.42-1.vz7"],"vzctl":["7.0.165-1.vz7"],"vzkernel":["3.10.0-1160.80.1.vz7.191.4","3.10.0-514.26.1.vz7.33.22"]}}
a3997855-16f0-4b80-9944-1b6e8941c40a	sw.services	1795514400	{"active":["vz","prl-disp","libvirtd","vcmmd","firewalld","tuned"],"enabled":["vz","prl-disp","libvirtd","vcmmd","readykernel","pcompact","firewalld","tuned"],"init":"systemd","installed":["vz","prl-disp","libvirtd","vcmmd","shaman","readykernel","pcompact","firewalld","tuned"]}
a3997855-16f0-4b80-9944-1b6e8941c40a	sys.cgroups	1795514400	{"cgroups_per_controller":{"beancounter":14,"blkio":82,"cpu":95,"cpuacct":95,"cpuset":14,"devices":82,"freezer":14,"hugetlb":14,"memory":95,"net_cls":14,"net_prio":14,"perf_event":14,"pids":14,"ve":14},"v1_controllers":["beancounter","blkio","cpu","cpuacct","cpuset","devices","freezer","hugetlb","memory","net_cls","net_prio","perf_event","pids","ve"],"v2_cgroups":null,"v2_controllers":[],"version":"v1","walk_truncated":false}
464064af-3816-47c7-ae0c-e7bee87acb41	vz.storage_cluster	1795514400	{"member":true,"product":"vstorage","roles":{"chunk_server":true,"client":true,"metadata_server":false},"shaman_master":false,"shaman_nodes":3}
464064af-3816-47c7-ae0c-e7bee87acb41	vz.templates	1795514400	{"app_templates":{"mysql":1},"os_templates":{"centos-6":1},"os_templates_cached":{"centos-6":1},"source":"vzpkg"}
10d028b7-2096-4f18-ba9a-ff806979ddf7	sys.cgroups	1795514400	{"cgroups_per_controller":{"beancounter":14,"blkio":82,"cpu":95,"cpuacct":95,"cpuset":14,"devices":82,"freezer":14,"hugetlb":14,"memory":95,"net_cls":14,"net_prio":14,"perf_event":14,"pids":14,"ve":14},"v1_controllers":["beancounter","blkio","cpu","cpuacct","cpuset","devices","freezer","hugetlb","memory","net_cls","net_prio","perf_event","pids","ve"],"v2_cgroups":null,"v2_controllers":[],"version":"v1","walk_truncated":false}
10d028b7-2096-4f18-ba9a-ff806979ddf7	sys.static	1795514400	{"sysctl":{"fs.aio-max-nr":1048576,"fs.file-max":6553560,"fs.odirect_enable":0,"kernel.panic":0,"kernel.pid_max":4194304,"kernel.threads-max":514152,"kernel.ve_allow_kthreads":1,"net.ipv4.ip_forward":1,"vm.max_map_count":65530,"vm.min_free_kbytes":262144,"vm.overcommit_memory":0,"vm.swappiness":10},"uptime_days":45,"vz_conf":{"DISK_QUOTA":"yes","GOLDEN_IMAGE":"yes","IPV6":"yes","LOG_LEVEL":"0","TEMPLATE":"default","TRAFFIC_SHAPING":"no","USE_NET_RPS":"yes","USE_VENET_MASK":"yes","VEFSTYPE":"xfs","VEIMAGEFORMAT":"ploop","VE_PRIVATE":"default","VE_ROOT":"default","VE_STOP_MODE":"stop","VIRTUOZZO":"yes","VZWDOG":"no"}}
10d028b7-2096-4f18-ba9a-ff806979ddf7	vz.containers	1795514400	{"by_layout":{"ploop":4},"by_template":{"centos-7":2,"other":1,"ubuntu-16.04":1},"configured":4,"cpu_limit":{"<=200":1,"unlimited":3},"cpu_units":{"<=1000":4},"cpus":{"2":1,"<=4":1,"unset":2},"disk_limit":{"<=10G":2,"<=50G":2},"features":{"fuse":1,"nfs":1},"mounted":0,"numproc_limit":{"unlimited":4},"onboot":3,"prlctl":{"containers":4,"vms":2},"ram_limit":{"<=1G":2,"<=2G":1,"<=4G":1},"running":2,"source":"vzlist-json","stopped":1,"suspended":1,"vswap":4}
10d028b7-2096-4f18-ba9a-ff806979ddf7	vz.host	1795514400	{"generation":"7","hardware_node":true,"openvz_kernel":true,"prlctl_version":"7.0.182","product":"virtuozzo","ve0_in_beancounters":true,"ve0_in_veinfo":true,"vzctl_version":"7.0.229"}
10d028b7-2096-4f18-ba9a-ff806979ddf7	vz.ploop	1795514400	{"images":3,"ploop_version":"7.0.165","size":{"<=10G":2,"<=50G":1},"snapshots":{"1":2,"2":1},"unreadable":1}
10d028b7-2096-4f18-ba9a-ff806979ddf7	vz.readykernel	1795514400	{"autoload":true,"installed":true,"patch_level":"89.0-r1","patches_enabled":1,"patches_loaded":2}
10d028b7-2096-4f18-ba9a-ff806979ddf7	vz.storage_cluster	1795514400	{"member":true,"product":"vstorage","roles":{"chunk_server":true,"client":true,"metadata_server":false},"shaman_master":false,"shaman_nodes":3}
464064af-3816-47c7-ae0c-e7bee87acb41	hw.cpu	1795514400	{"cores":4,"hypervisor":null,"mhz":1200,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"sockets":1,"threads":8,"under_hypervisor":false,"vendor":"intel","vendor_id":"GenuineIntel","virtualization":null}
464064af-3816-47c7-ae0c-e7bee87acb41	hw.disks	1795514400	{"by_kind":{"hdd":2,"nvme":1},"count":3,"disks":[{"kind":"nvme","logical_block_size":512,"model":"SAMSUNG MZQLB960HAJR-00007","size_bytes":960197124096,"transport":"nvme","vendor":null},{"kind":"hdd","logical_block_size":512,"model":"ST2000NM0055-1V4","size_bytes":2000398934016,"transport":"sata","vendor":"ATA"},{"kind":"hdd","logical_block_size":512,"model":"ST2000NM0055-1V4","size_bytes":2000398934016,"transport":"sata","vendor":"ATA"}],"md":[{"level":"raid1","member_kinds":{"hdd":2},"members":2,"size_bytes":2000263577600}],"total_bytes":4960994992128}
464064af-3816-47c7-ae0c-e7bee87acb41	hw.memory	1795514400	{"available_bytes":49389199360,"hugepage_size_bytes":2097152,"hugepages_total":0,"ksm_pages_shared":5120,"swap_total_bytes":8589930496,"swap_used_bytes":268435456,"total_bytes":67337687040}
464064af-3816-47c7-ae0c-e7bee87acb41	net.config	1795514400	{"bonding":{"count":1,"modes":{"active-backup":1},"slaves":2},"bridges":1,"ipv6":true,"nics":[{"count":1,"driver":"igb","speed_mbps":null},{"count":2,"driver":"ixgbe","speed_mbps":10000}],"other_virtual":1,"physical_nics":3,"teams":0,"vlans":0}
464064af-3816-47c7-ae0c-e7bee87acb41	os.kernel	1795514400	{"line":"vz7","machine":"x86_64","openvz":true,"release":"3.10.0-1160.80.1.vz7.191.4"}
464064af-3816-47c7-ae0c-e7bee87acb41	os.release	1795514400	{"id":"virtuozzo","like":["rhel","fedora"],"name":"Virtuozzo","source":"/etc/os-release","version":"7"}
464064af-3816-47c7-ae0c-e7bee87acb41	storage.vz	1795514400	{"free_bytes":1455309348864,"fs_type":"ext4","size_bytes":1967617212416,"used_bytes":412316860416}
464064af-3816-47c7-ae0c-e7bee87acb41	vz.beancounters	1795514400	{"containers":0,"containers_with_failures":0,"failcnt_containers":{},"version":"2.5"}
59ce6aa5-70b9-47bc-87f3-762113237531	hw.disks	1793700000	{"by_kind":{"hdd":1,"ssd":1},"count":2,"disks":[{"kind":"ssd","logical_block_size":512,"model":"INTEL SSDSC2BB48","size_bytes":480103981056,"transport":"sata","vendor":"ATA"},{"kind":"hdd","logical_block_size":512,"model":"WDC WD1003FBYX-0","size_bytes":1000204886016,"transport":"sata","vendor":"ATA"}],"md":[],"total_bytes":1480308867072}
59ce6aa5-70b9-47bc-87f3-762113237531	hw.memory	1793700000	{"available_bytes":null,"hugepage_size_bytes":2097152,"hugepages_total":0,"ksm_pages_shared":null,"swap_total_bytes":1513086976,"swap_used_bytes":0,"total_bytes":518275072}
59ce6aa5-70b9-47bc-87f3-762113237531	net.config	1793700000	{"bonding":{"count":0,"modes":{},"slaves":0},"bridges":0,"ipv6":true,"nics":[{"count":2,"driver":"e1000e","speed_mbps":1000}],"other_virtual":1,"physical_nics":2,"teams":0,"vlans":0}
59ce6aa5-70b9-47bc-87f3-762113237531	os.kernel	1793700000	{"line":"openvz-legacy","machine":"x86_64","openvz":true,"release":"2.6.32-042stab145.3"}
59ce6aa5-70b9-47bc-87f3-762113237531	os.release	1793700000	{"id":"centos","like":[],"name":"CentOS","source":"/etc/redhat-release","version":"6.10"}
59ce6aa5-70b9-47bc-87f3-762113237531	storage.vz	1793700000	{"free_bytes":339758010368,"fs_type":"ext4","size_bytes":461988392960,"used_bytes":98765434880}
59ce6aa5-70b9-47bc-87f3-762113237531	sw.packages	1793700000	{"manager":"rpm","versions":{"kernel":["2.6.32-754.35.1.el6"],"ploop":["1.9-1"],"ploop-lib":["1.9-1"],"vzctl":["4.3-1"],"vzctl-core":["4.3-1"],"vzkernel":["2.6.32-042stab134.8","2.6.32-042stab145.3"],"vzquota":["3.1-1"],"vzstats":["0.5.3-1"]}}
59ce6aa5-70b9-47bc-87f3-762113237531	sw.services	1793700000	{"active":["vz","iptables"],"enabled":["vz","iptables"],"init":"sysv","installed":["vz","vzeventd","iptables"]}
59ce6aa5-70b9-47bc-87f3-762113237531	sys.cgroups	1793700000	{"cgroups_per_controller":{"blkio":33},"v1_controllers":["blkio"],"v2_cgroups":null,"v2_controllers":[],"version":"v1","walk_truncated":false}
59ce6aa5-70b9-47bc-87f3-762113237531	sys.static	1793700000	{"sysctl":{"fs.aio-max-nr":65536,"fs.file-max":4849600,"fs.odirect_enable":0,"kernel.panic":0,"kernel.pid_max":32768,"kernel.threads-max":63217,"kernel.ve_allow_kthreads":1,"net.ipv4.ip_forward":1,"vm.max_map_count":65530,"vm.min_free_kbytes":67584,"vm.overcommit_memory":0,"vm.swappiness":60},"uptime_days":213,"vz_conf":{"DISK_QUOTA":"yes","GOLDEN_IMAGE":"yes","IPV6":"yes","LOG_LEVEL":"0","TEMPLATE":"default","TRAFFIC_SHAPING":"no","USE_NET_RPS":"yes","USE_VENET_MASK":"yes","VE0CPUUNITS":"1000","VEFSTYPE":"ext4","VE_PRIVATE":"default","VE_ROOT":"default","VIRTUOZZO":"yes","VZWDOG":"no"}}
59ce6aa5-70b9-47bc-87f3-762113237531	vz.beancounters	1793700000	{"containers":2,"containers_with_failures":1,"failcnt_containers":{"tcprcvbuf":1},"version":"2.5"}
59ce6aa5-70b9-47bc-87f3-762113237531	vz.containers	1793700000	{"by_layout":{"simfs":10},"by_template":{"centos-6":6,"debian-7":2,"other":1,"ubuntu-14.04":1},"configured":10,"cpu_limit":{"<=100":2,"unlimited":8},"cpu_units":{"<=1000":10},"cpus":{"2":2,"unset":8},"disk_limit":{"<=10G":5,"<=20G":3,"<=50G":2},"features":{"nfs":2,"ppp":1},"mounted":0,"numproc_limit":{"<=100":4,"unlimited":6},"onboot":9,"prlctl":null,"ram_limit":{"<=1G":1,"<=2G":2,"<=512M":3,"unlimited":4},"running":9,"source":"vzlist-json","stopped":1,"suspended":0,"vswap":6}
59ce6aa5-70b9-47bc-87f3-762113237531	vz.host	1793700000	{"generation":"legacy","hardware_node":true,"openvz_kernel":true,"prlctl_version":null,"product":"openvz","ve0_in_beancounters":true,"ve0_in_veinfo":true,"vzctl_version":"4.3"}
59ce6aa5-70b9-47bc-87f3-762113237531	vz.simfs	1793700000	{"containers":10,"fs_types":{"ext4":10}}
59ce6aa5-70b9-47bc-87f3-762113237531	vz.storage_cluster	1793700000	{"member":false,"product":null,"roles":{"chunk_server":false,"client":false,"metadata_server":false},"shaman_master":false,"shaman_nodes":null}
59ce6aa5-70b9-47bc-87f3-762113237531	vz.templates	1793700000	{"app_templates":{},"os_templates":{},"os_templates_cached":{"centos-6":2,"debian-7.0":1,"ubuntu-14.04":1},"source":"template-dir"}
cd191280-0338-49dc-949b-5d384bcaac84	vz.storage_cluster	1793700000	{"member":false,"product":null,"roles":{"chunk_server":false,"client":false,"metadata_server":false},"shaman_master":false,"shaman_nodes":null}
cd191280-0338-49dc-949b-5d384bcaac84	vz.templates	1793700000	{"app_templates":{},"os_templates":{},"os_templates_cached":{"centos-6":2,"debian-7.0":1,"ubuntu-14.04":1},"source":"template-dir"}
0e00363f-77c3-4630-bef3-3e25134c70c7	sys.static	1793700000	{"sysctl":{"fs.aio-max-nr":65536,"fs.file-max":4849600,"fs.odirect_enable":0,"kernel.panic":0,"kernel.pid_max":32768,"kernel.threads-max":63217,"kernel.ve_allow_kthreads":1,"net.ipv4.ip_forward":1,"vm.max_map_count":65530,"vm.min_free_kbytes":67584,"vm.overcommit_memory":0,"vm.swappiness":60},"uptime_days":213,"vz_conf":{"DISK_QUOTA":"yes","GOLDEN_IMAGE":"yes","IPV6":"yes","LOG_LEVEL":"0","TEMPLATE":"default","TRAFFIC_SHAPING":"no","USE_NET_RPS":"yes","USE_VENET_MASK":"yes","VE0CPUUNITS":"1000","VEFSTYPE":"ext4","VE_PRIVATE":"default","VE_ROOT":"default","VIRTUOZZO":"yes","VZWDOG":"no"}}
0e00363f-77c3-4630-bef3-3e25134c70c7	vz.beancounters	1793700000	{"containers":2,"containers_with_failures":1,"failcnt_containers":{"tcprcvbuf":1},"version":"2.5"}
0e00363f-77c3-4630-bef3-3e25134c70c7	vz.containers	1793700000	{"by_layout":{"simfs":10},"by_template":{"centos-6":6,"debian-7":2,"other":1,"ubuntu-14.04":1},"configured":10,"cpu_limit":{"<=100":2,"unlimited":8},"cpu_units":{"<=1000":10},"cpus":{"2":2,"unset":8},"disk_limit":{"<=10G":5,"<=20G":3,"<=50G":2},"features":{"nfs":2,"ppp":1},"mounted":0,"numproc_limit":{"<=100":4,"unlimited":6},"onboot":9,"prlctl":null,"ram_limit":{"<=1G":1,"<=2G":2,"<=512M":3,"unlimited":4},"running":9,"source":"vzlist-json","stopped":1,"suspended":0,"vswap":6}
0e00363f-77c3-4630-bef3-3e25134c70c7	vz.host	1793700000	{"generation":"legacy","hardware_node":true,"openvz_kernel":true,"prlctl_version":null,"product":"openvz","ve0_in_beancounters":true,"ve0_in_veinfo":true,"vzctl_version":"4.3"}
0e00363f-77c3-4630-bef3-3e25134c70c7	vz.storage_cluster	1793700000	{"member":false,"product":null,"roles":{"chunk_server":false,"client":false,"metadata_server":false},"shaman_master":false,"shaman_nodes":null}
0e00363f-77c3-4630-bef3-3e25134c70c7	vz.templates	1793700000	{"app_templates":{},"os_templates":{},"os_templates_cached":{"centos-6":2,"debian-7.0":1,"ubuntu-14.04":1},"source":"template-dir"}
6432abc7-e99a-4aa3-a992-d2b8955e4d41	vz.host	1793700000	{"generation":"legacy","hardware_node":true,"openvz_kernel":true,"prlctl_version":null,"product":"openvz","ve0_in_beancounters":true,"ve0_in_veinfo":true,"vzctl_version":"4.3"}
6432abc7-e99a-4aa3-a992-d2b8955e4d41	vz.storage_cluster	1793700000	{"member":false,"product":null,"roles":{"chunk_server":false,"client":false,"metadata_server":false},"shaman_master":false,"shaman_nodes":null}
6432abc7-e99a-4aa3-a992-d2b8955e4d41	vz.templates	1793700000	{"app_templates":{},"os_templates":{},"os_templates_cached":{"centos-6":2,"debian-7.0":1,"ubuntu-14.04":1},"source":"template-dir"}
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	vz.containers	1793700000	{"by_layout":{"simfs":10},"by_template":{"centos-6":6,"debian-7":2,"other":1,"ubuntu-14.04":1},"configured":10,"cpu_limit":{"<=100":2,"unlimited":8},"cpu_units":{"<=1000":10},"cpus":{"2":2,"unset":8},"disk_limit":{"<=10G":5,"<=20G":3,"<=50G":2},"features":{"nfs":2,"ppp":1},"mounted":0,"numproc_limit":{"<=100":4,"unlimited":6},"onboot":9,"prlctl":null,"ram_limit":{"<=1G":1,"<=2G":2,"<=512M":3,"unlimited":4},"running":9,"source":"vzlist-json","stopped":1,"suspended":0,"vswap":6}
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	vz.storage_cluster	1793700000	{"member":false,"product":null,"roles":{"chunk_server":false,"client":false,"metadata_server":false},"shaman_master":false,"shaman_nodes":null}
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	vz.templates	1793700000	{"app_templates":{},"os_templates":{},"os_templates_cached":{"centos-6":2,"debian-7.0":1,"ubuntu-14.04":1},"source":"template-dir"}
a67d5df8-aa77-4c4c-a04a-d9998f54394b	os.kernel	1795514400	{"line":"vz7","machine":"x86_64","openvz":true,"release":"3.10.0-1160.80.1.vz7.191.4"}
8a0c9444-15a3-48f7-a5da-10df6c3497cf	hw.cpu	1795514400	{"cores":4,"hypervisor":null,"mhz":1200,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"sockets":1,"threads":8,"under_hypervisor":false,"vendor":"intel","vendor_id":"GenuineIntel","virtualization":null}
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	storage.vz	1795514400	{"free_bytes":1455309348864,"fs_type":"ext4","size_bytes":1967617212416,"used_bytes":412316860416}
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	hw.cpu	1795514400	{"cores":4,"hypervisor":null,"mhz":1200,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"sockets":1,"threads":8,"under_hypervisor":false,"vendor":"intel","vendor_id":"GenuineIntel","virtualization":null}
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	hw.disks	1795514400	{"by_kind":{"hdd":2,"nvme":1},"count":3,"disks":[{"kind":"nvme","logical_block_size":512,"model":"SAMSUNG MZQLB960HAJR-00007","size_bytes":960197124096,"transport":"nvme","vendor":null},{"kind":"hdd","logical_block_size":512,"model":"ST2000NM0055-1V4","size_bytes":2000398934016,"transport":"sata","vendor":"ATA"},{"kind":"hdd","logical_block_size":512,"model":"ST2000NM0055-1V4","size_bytes":2000398934016,"transport":"sata","vendor":"ATA"}],"md":[{"level":"raid1","member_kinds":{"hdd":2},"members":2,"size_bytes":2000263577600}],"total_bytes":4960994992128}
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	hw.memory	1795514400	{"available_bytes":49389199360,"hugepage_size_bytes":2097152,"hugepages_total":0,"ksm_pages_shared":5120,"swap_total_bytes":8589930496,"swap_used_bytes":268435456,"total_bytes":269312000000}
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	net.config	1795514400	{"bonding":{"count":1,"modes":{"active-backup":1},"slaves":2},"bridges":1,"ipv6":true,"nics":[{"count":1,"driver":"igb","speed_mbps":null},{"count":2,"driver":"ixgbe","speed_mbps":10000}],"other_virtual":1,"physical_nics":3,"teams":0,"vlans":0}
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	os.kernel	1795514400	{"line":"vz7","machine":"x86_64","openvz":true,"release":"3.10.0-1160.80.1.vz7.191.4"}
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	os.release	1795514400	{"id":"virtuozzo","like":["rhel","fedora"],"name":"Virtuozzo","source":"/etc/os-release","version":"7"}
6d5949ca-4785-4b2c-b863-d9df8c283331	hw.cpu	1795514400	{"cores":4,"hypervisor":null,"mhz":1200,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"sockets":1,"threads":8,"under_hypervisor":false,"vendor":"intel","vendor_id":"GenuineIntel","virtualization":null}
6d5949ca-4785-4b2c-b863-d9df8c283331	hw.disks	1795514400	{"by_kind":{"hdd":2,"nvme":1},"count":3,"disks":[{"kind":"nvme","logical_block_size":512,"model":"SAMSUNG MZQLB960HAJR-00007","size_bytes":960197124096,"transport":"nvme","vendor":null},{"kind":"hdd","logical_block_size":512,"model":"ST2000NM0055-1V4","size_bytes":2000398934016,"transport":"sata","vendor":"ATA"},{"kind":"hdd","logical_block_size":512,"model":"ST2000NM0055-1V4","size_bytes":2000398934016,"transport":"sata","vendor":"ATA"}],"md":[{"level":"raid1","member_kinds":{"hdd":2},"members":2,"size_bytes":2000263577600}],"total_bytes":4960994992128}
6d5949ca-4785-4b2c-b863-d9df8c283331	hw.memory	1795514400	{"available_bytes":49389199360,"hugepage_size_bytes":2097152,"hugepages_total":0,"ksm_pages_shared":5120,"swap_total_bytes":8589930496,"swap_used_bytes":268435456,"total_bytes":269312000000}
6d5949ca-4785-4b2c-b863-d9df8c283331	net.config	1795514400	{"bonding":{"count":1,"modes":{"active-backup":1},"slaves":2},"bridges":1,"ipv6":true,"nics":[{"count":1,"driver":"igb","speed_mbps":null},{"count":2,"driver":"ixgbe","speed_mbps":10000}],"other_virtual":1,"physical_nics":3,"teams":0,"vlans":0}
6d5949ca-4785-4b2c-b863-d9df8c283331	os.kernel	1795514400	{"line":"vz7","machine":"x86_64","openvz":true,"release":"3.10.0-1160.80.1.vz7.191.4"}
6d5949ca-4785-4b2c-b863-d9df8c283331	os.release	1795514400	{"id":"virtuozzo","like":["rhel","fedora"],"name":"Virtuozzo","source":"/etc/os-release","version":"7"}
6d5949ca-4785-4b2c-b863-d9df8c283331	storage.vz	1795514400	{"free_bytes":1455309348864,"fs_type":"ext4","size_bytes":1967617212416,"used_bytes":412316860416}
6d5949ca-4785-4b2c-b863-d9df8c283331	sw.packages	1795514400	{"manager":"rpm","versions":{"disp-helper":["0.0.41-1.vz7"],"libvirt":["2.4.0-1.vz7.31"],"ploop":["7.0.93-1.vz7"],"ploop-lib":["7.0.93-1.vz7"],"prl-disp-service":["7.0.725-2.vz7"],"prlctl":["7.0.137-1.vz7"],"qemu-kvm-vz":["2.6.0-28.3.10.vz7.75"],"readykernel":["7.55-1.vl7"],"shaman":["7.0.42-1.vz7"],"vzctl":["7.0.165-1.vz7"],"vzkernel":["3.10.0-1160.80.1.vz7.191.4","3.10.0-514.26.1.vz7.33.22"]}}
6d5949ca-4785-4b2c-b863-d9df8c283331	sw.services	1795514400	{"active":["vz","prl-disp","libvirtd","vcmmd","firewalld","tuned"],"enabled":["vz","prl-disp","libvirtd","vcmmd","readykernel","pcompact","firewalld","tuned"],"init":"systemd","installed":["vz","prl-disp","libvirtd","vcmmd","shaman","readykernel","pcompact","firewalld","tuned"]}
6d5949ca-4785-4b2c-b863-d9df8c283331	sys.cgroups	1795514400	{"cgroups_per_controller":{"beancounter":14,"blkio":82,"cpu":95,"cpuacct":95,"cpuset":14,"devices":82,"freezer":14,"hugetlb":14,"memory":95,"net_cls":14,"net_prio":14,"perf_event":14,"pids":14,"ve":14},"v1_controllers":["beancounter","blkio","cpu","cpuacct","cpuset","devices","freezer","hugetlb","memory","net_cls","net_prio","perf_event","pids","ve"],"v2_cgroups":null,"v2_controllers":[],"version":"v1","walk_truncated":false}
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	vz.host	1795514400	{"generation":"7","hardware_node":true,"openvz_kernel":true,"prlctl_version":"7.0.182","product":"virtuozzo","ve0_in_beancounters":true,"ve0_in_veinfo":true,"vzctl_version":"7.0.229"}
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	hw.cpu	1795514400	{"cores":4,"hypervisor":null,"mhz":1200,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"sockets":1,"threads":8,"under_hypervisor":false,"vendor":"intel","vendor_id":"GenuineIntel","virtualization":null}
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	hw.disks	1795514400	{"by_kind":{"hdd":2,"nvme":1},"count":3,"disks":[{"kind":"nvme","logical_block_size":512,"model":"SAMSUNG MZQLB960HAJR-00007","size_bytes":960197124096,"transport":"nvme","vendor":null},{"kind":"hdd","logical_block_size":512,"model":"ST2000NM0055-1V4","size_bytes":2000398934016,"transport":"sata","vendor":"ATA"},{"kind":"hdd","logical_block_size":512,"model":"ST2000NM0055-1V4","size_bytes":2000398934016,"transport":"sata","vendor":"ATA"}],"md":[{"level":"raid1","member_kinds":{"hdd":2},"members":2,"size_bytes":2000263577600}],"total_bytes":4960994992128}
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	hw.memory	1795514400	{"available_bytes":49389199360,"hugepage_size_bytes":2097152,"hugepages_total":0,"ksm_pages_shared":5120,"swap_total_bytes":8589930496,"swap_used_bytes":268435456,"total_bytes":269312000000}
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	net.config	1795514400	{"bonding":{"count":1,"modes":{"active-backup":1},"slaves":2},"bridges":1,"ipv6":true,"nics":[{"count":1,"driver":"igb","speed_mbps":null},{"count":2,"driver":"ixgbe","speed_mbps":10000}],"other_virtual":1,"physical_nics":3,"teams":0,"vlans":0}
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	os.kernel	1795514400	{"line":"vz7","machine":"x86_64","openvz":true,"release":"3.10.0-1160.80.1.vz7.191.4"}
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	os.release	1795514400	{"id":"virtuozzo","like":["rhel","fedora"],"name":"Virtuozzo","source":"/etc/os-release","version":"7"}
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	storage.vz	1795514400	{"free_bytes":1455309348864,"fs_type":"ext4","size_bytes":1967617212416,"used_bytes":412316860416}
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	sw.packages	1795514400	{"manager":"rpm","versions":{"disp-helper":["0.0.41-1.vz7"],"libvirt":["2.4.0-1.vz7.31"],"ploop":["7.0.93-1.vz7"],"ploop-lib":["7.0.93-1.vz7"],"prl-disp-service":["7.0.725-2.vz7"],"prlctl":["7.0.137-1.vz7"],"qemu-kvm-vz":["2.6.0-28.3.10.vz7.75"],"readykernel":["7.55-1.vl7"],"shaman":["7.0.42-1.vz7"],"vzctl":["7.0.165-1.vz7"],"vzkernel":["3.10.0-1160.80.1.vz7.191.4","3.10.0-514.26.1.vz7.33.22"]}}
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	vz.beancounters	1795514400	{"containers":0,"containers_with_failures":0,"failcnt_containers":{},"version":"2.5"}
03f1b2f5-f889-4588-b8df-d423c4a48c86	sys.static	1795514400	{"sysctl":{"fs.aio-max-nr":1048576,"fs.file-max":6553560,"fs.odirect_enable":0,"kernel.panic":0,"kernel.pid_max":4194304,"kernel.threads-max":514152,"kernel.ve_allow_kthreads":1,"net.ipv4.ip_forward":1,"vm.max_map_count":65530,"vm.min_free_kbytes":262144,"vm.overcommit_memory":0,"vm.swappiness":10},"uptime_days":45,"vz_conf":{"DISK_QUOTA":"yes","GOLDEN_IMAGE":"yes","IPV6":"yes","LOG_LEVEL":"0","TEMPLATE":"default","TRAFFIC_SHAPING":"no","USE_NET_RPS":"yes","USE_VENET_MASK":"yes","VEFSTYPE":"xfs","VEIMAGEFORMAT":"ploop","VE_PRIVATE":"default","VE_ROOT":"default","VE_STOP_MODE":"stop","VIRTUOZZO":"yes","VZWDOG":"no"}}
03f1b2f5-f889-4588-b8df-d423c4a48c86	vz.beancounters	1795514400	{"containers":0,"containers_with_failures":0,"failcnt_containers":{},"version":"2.5"}
464064af-3816-47c7-ae0c-e7bee87acb41	vz.readykernel	1795514400	{"autoload":true,"installed":true,"patch_level":"89.0-r1","patches_enabled":1,"patches_loaded":2}
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	vz.readykernel	1795514400	{"autoload":true,"installed":true,"patch_level":"89.0-r1","patches_enabled":1,"patches_loaded":2}
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	vz.simfs	1795514400	{"containers":0,"fs_types":{}}
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	vz.storage_cluster	1795514400	{"member":true,"product":"vstorage","roles":{"chunk_server":true,"client":true,"metadata_server":false},"shaman_master":false,"shaman_nodes":3}
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	vz.templates	1795514400	{"app_templates":{"mysql":1},"os_templates":{"centos-6":1},"os_templates_cached":{"centos-6":1},"source":"vzpkg"}
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	vz.vms	1795514400	{"by_state":{"running":1,"stopped":1},"guest_os":{"centos":1,"windows":1},"memory":{"<=2G":1,"<=8G":1},"vcpus":{"2":1,"<=4":1},"vms":2}
10d028b7-2096-4f18-ba9a-ff806979ddf7	vz.templates	1795514400	{"app_templates":{"mysql":1},"os_templates":{"centos-6":1},"os_templates_cached":{"centos-6":1},"source":"vzpkg"}
10d028b7-2096-4f18-ba9a-ff806979ddf7	vz.vms	1795514400	{"by_state":{"running":1,"stopped":1},"guest_os":{"centos":1,"windows":1},"memory":{"<=2G":1,"<=8G":1},"vcpus":{"2":1,"<=4":1},"vms":2}
a3997855-16f0-4b80-9944-1b6e8941c40a	sys.static	1795514400	{"sysctl":{"fs.aio-max-nr":1048576,"fs.file-max":6553560,"fs.odirect_enable":0,"kernel.panic":0,"kernel.pid_max":4194304,"kernel.threads-max":514152,"kernel.ve_allow_kthreads":1,"net.ipv4.ip_forward":1,"vm.max_map_count":65530,"vm.min_free_kbytes":262144,"vm.overcommit_memory":0,"vm.swappiness":10},"uptime_days":45,"vz_conf":{"DISK_QUOTA":"yes","GOLDEN_IMAGE":"yes","IPV6":"yes","LOG_LEVEL":"0","TEMPLATE":"default","TRAFFIC_SHAPING":"no","USE_NET_RPS":"yes","USE_VENET_MASK":"yes","VEFSTYPE":"xfs","VEIMAGEFORMAT":"ploop","VE_PRIVATE":"default","VE_ROOT":"default","VE_STOP_MODE":"stop","VIRTUOZZO":"yes","VZWDOG":"no"}}
a3997855-16f0-4b80-9944-1b6e8941c40a	vz.beancounters	1795514400	{"containers":0,"containers_with_failures":0,"failcnt_containers":{},"version":"2.5"}
a3997855-16f0-4b80-9944-1b6e8941c40a	vz.containers	1795514400	{"by_layout":{"ploop":4},"by_template":{"centos-7":2,"other":1,"ubuntu-16.04":1},"configured":4,"cpu_limit":{"<=200":1,"unlimited":3},"cpu_units":{"<=1000":4},"cpus":{"2":1,"<=4":1,"unset":2},"disk_limit":{"<=10G":2,"<=50G":2},"features":{"fuse":1,"nfs":1},"mounted":0,"numproc_limit":{"unlimited":4},"onboot":3,"prlctl":{"containers":4,"vms":2},"ram_limit":{"<=1G":2,"<=2G":1,"<=4G":1},"running":2,"source":"vzlist-json","stopped":1,"suspended":1,"vswap":4}
a3997855-16f0-4b80-9944-1b6e8941c40a	vz.host	1795514400	{"generation":"7","hardware_node":true,"openvz_kernel":true,"prlctl_version":"7.0.182","product":"virtuozzo","ve0_in_beancounters":true,"ve0_in_veinfo":true,"vzctl_version":"7.0.229"}
a3997855-16f0-4b80-9944-1b6e8941c40a	vz.ploop	1795514400	{"images":3,"ploop_version":"7.0.165","size":{"<=10G":2,"<=50G":1},"snapshots":{"1":2,"2":1},"unreadable":1}
a3997855-16f0-4b80-9944-1b6e8941c40a	vz.simfs	1795514400	{"containers":0,"fs_types":{}}
464064af-3816-47c7-ae0c-e7bee87acb41	sw.packages	1795514400	{"manager":"rpm","versions":{"disp-helper":["0.0.41-1.vz7"],"libvirt":["2.4.0-1.vz7.31"],"ploop":["7.0.93-1.vz7"],"ploop-lib":["7.0.93-1.vz7"],"prl-disp-service":["7.0.725-2.vz7"],"prlctl":["7.0.137-1.vz7"],"qemu-kvm-vz":["2.6.0-28.3.10.vz7.75"],"readykernel":["7.55-1.vl7"],"shaman":["7.0.42-1.vz7"],"vzctl":["7.0.165-1.vz7"],"vzkernel":["3.10.0-1160.80.1.vz7.191.4","3.10.0-514.26.1.vz7.33.22"]}}
464064af-3816-47c7-ae0c-e7bee87acb41	sw.services	1795514400	{"active":["vz","prl-disp","libvirtd","vcmmd","firewalld","tuned"],"enabled":["vz","prl-disp","libvirtd","vcmmd","readykernel","pcompact","firewalld","tuned"],"init":"systemd","installed":["vz","prl-disp","libvirtd","vcmmd","shaman","readykernel","pcompact","firewalld","tuned"]}
464064af-3816-47c7-ae0c-e7bee87acb41	sys.cgroups	1795514400	{"cgroups_per_controller":{"beancounter":14,"blkio":82,"cpu":95,"cpuacct":95,"cpuset":14,"devices":82,"freezer":14,"hugetlb":14,"memory":95,"net_cls":14,"net_prio":14,"perf_event":14,"pids":14,"ve":14},"v1_controllers":["beancounter","blkio","cpu","cpuacct","cpuset","devices","freezer","hugetlb","memory","net_cls","net_prio","perf_event","pids","ve"],"v2_cgroups":null,"v2_controllers":[],"version":"v1","walk_truncated":false}
464064af-3816-47c7-ae0c-e7bee87acb41	sys.static	1795514400	{"sysctl":{"fs.aio-max-nr":1048576,"fs.file-max":6553560,"fs.odirect_enable":0,"kernel.panic":0,"kernel.pid_max":4194304,"kernel.threads-max":514152,"kernel.ve_allow_kthreads":1,"net.ipv4.ip_forward":1,"vm.max_map_count":65530,"vm.min_free_kbytes":262144,"vm.overcommit_memory":0,"vm.swappiness":10},"uptime_days":45,"vz_conf":{"DISK_QUOTA":"yes","GOLDEN_IMAGE":"yes","IPV6":"yes","LOG_LEVEL":"0","TEMPLATE":"default","TRAFFIC_SHAPING":"no","USE_NET_RPS":"yes","USE_VENET_MASK":"yes","VEFSTYPE":"xfs","VEIMAGEFORMAT":"ploop","VE_PRIVATE":"default","VE_ROOT":"default","VE_STOP_MODE":"stop","VIRTUOZZO":"yes","VZWDOG":"no"}}
464064af-3816-47c7-ae0c-e7bee87acb41	vz.host	1795514400	{"generation":"7","hardware_node":true,"openvz_kernel":true,"prlctl_version":"7.0.182","product":"virtuozzo","ve0_in_beancounters":true,"ve0_in_veinfo":true,"vzctl_version":"7.0.229"}
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	vz.containers	1794909600	{"by_layout":{"ploop":4},"by_template":{"centos-6":1,"centos-7":2,"ubuntu-14.04":1},"configured":4,"cpu_limit":{"<=100":1,"unset":3},"cpu_units":{"<=1000":4},"cpus":{"2":1,"unset":3},"disk_limit":{"<=10G":2,"<=20G":1,"<=50G":1},"features":{"nfs":1},"mounted":0,"numproc_limit":{"unset":4},"onboot":3,"prlctl":{"containers":4,"vms":2},"ram_limit":{"<=1G":1,"<=2G":1,"<=4G":1,"<=512M":1},"running":3,"source":"conf","stopped":1,"suspended":0,"vswap":4}
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	vz.ploop	1794909600	{"images":3,"ploop_version":"7.0.52","size":{"<=10G":3},"snapshots":{"1":3},"unreadable":1}
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	vz.simfs	1794909600	{"containers":0,"fs_types":{}}
5d29d753-0e88-4e4b-82fc-ece2fec989a7	vz.containers	1794909600	{"by_layout":{"ploop":4},"by_template":{"centos-6":1,"centos-7":2,"ubuntu-14.04":1},"configured":4,"cpu_limit":{"<=100":1,"unset":3},"cpu_units":{"<=1000":4},"cpus":{"2":1,"unset":3},"disk_limit":{"<=10G":2,"<=20G":1,"<=50G":1},"features":{"nfs":1},"mounted":0,"numproc_limit":{"unset":4},"onboot":3,"prlctl":{"containers":4,"vms":2},"ram_limit":{"<=1G":1,"<=2G":1,"<=4G":1,"<=512M":1},"running":3,"source":"conf","stopped":1,"suspended":0,"vswap":4}
5d29d753-0e88-4e4b-82fc-ece2fec989a7	vz.ploop	1794909600	{"images":3,"ploop_version":"7.0.52","size":{"<=10G":3},"snapshots":{"1":3},"unreadable":1}
5d29d753-0e88-4e4b-82fc-ece2fec989a7	vz.simfs	1794909600	{"containers":0,"fs_types":{}}
31d6d449-e63a-4614-8a66-562a07797427	vz.vms	1795514400	{"by_state":{"running":1,"stopped":1},"guest_os":{"centos":1,"windows":1},"memory":{"<=2G":1,"<=8G":1},"vcpus":{"2":1,"<=4":1},"vms":2}
eb9700cd-bafc-40df-a7b5-0a008312ccb6	vz.templates	1795514400	{"app_templates":{"mysql":1,"nginx":1,"php":1},"os_templates":{"centos-7":1,"debian-9.0":1,"ubuntu-16.04":1,"vzlinux-7":1},"os_templates_cached":{"centos-7":1,"debian-9.0":1,"ubuntu-16.04":1,"vzlinux-7":1},"source":"vzpkg"}
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	vz.storage_cluster	1795514400	{"member":true,"product":"vstorage","roles":{"chunk_server":true,"client":true,"metadata_server":false},"shaman_master":false,"shaman_nodes":3}
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	vz.templates	1795514400	{"app_templates":{"mysql":1,"nginx":1,"php":1},"os_templates":{"centos-7":1,"debian-9.0":1,"ubuntu-16.04":1,"vzlinux-7":1},"os_templates_cached":{"centos-7":1,"debian-9.0":1,"ubuntu-16.04":1,"vzlinux-7":1},"source":"vzpkg"}
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	vz.vms	1795514400	{"by_state":{"running":1,"stopped":1},"guest_os":{"centos":1,"windows":1},"memory":{"<=2G":1,"<=8G":1},"vcpus":{"2":1,"<=4":1},"vms":2}
5d29d753-0e88-4e4b-82fc-ece2fec989a7	vz.host	1795514400	{"generation":"7","hardware_node":true,"openvz_kernel":true,"prlctl_version":"7.0.240","product":"virtuozzo","ve0_in_beancounters":true,"ve0_in_veinfo":true,"vzctl_version":null}
5d29d753-0e88-4e4b-82fc-ece2fec989a7	vz.readykernel	1795514400	{"autoload":true,"installed":true,"patch_level":"89.0-r1","patches_enabled":1,"patches_loaded":2}
5d29d753-0e88-4e4b-82fc-ece2fec989a7	vz.storage_cluster	1795514400	{"member":true,"product":"vstorage","roles":{"chunk_server":true,"client":true,"metadata_server":false},"shaman_master":false,"shaman_nodes":3}
5d29d753-0e88-4e4b-82fc-ece2fec989a7	vz.templates	1795514400	{"app_templates":{"mysql":1,"nginx":1,"php":1},"os_templates":{"centos-7":1,"debian-9.0":1,"ubuntu-16.04":1,"vzlinux-7":1},"os_templates_cached":{"centos-7":1,"debian-9.0":1,"ubuntu-16.04":1,"vzlinux-7":1},"source":"vzpkg"}
5d29d753-0e88-4e4b-82fc-ece2fec989a7	vz.vms	1795514400	{"by_state":{"running":1,"stopped":1},"guest_os":{"centos":1,"windows":1},"memory":{"<=2G":1,"<=8G":1},"vcpus":{"2":1,"<=4":1},"vms":2}
31d6d449-e63a-4614-8a66-562a07797427	vz.readykernel	1795514400	{"autoload":true,"installed":true,"patch_level":"89.0-r1","patches_enabled":1,"patches_loaded":2}
31d6d449-e63a-4614-8a66-562a07797427	vz.templates	1795514400	{"app_templates":{"mysql":1,"nginx":1,"php":1},"os_templates":{"centos-7":1,"debian-9.0":1,"ubuntu-16.04":1,"vzlinux-7":1},"os_templates_cached":{"centos-7":1,"debian-9.0":1,"ubuntu-16.04":1,"vzlinux-7":1},"source":"vzpkg"}
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	hw.disks	1795514400	{"by_kind":{"hdd":2,"nvme":1},"count":3,"disks":[{"kind":"nvme","logical_block_size":512,"model":"SAMSUNG MZQLB960HAJR-00007","size_bytes":960197124096,"transport":"nvme","vendor":null},{"kind":"hdd","logical_block_size":512,"model":"ST2000NM0055-1V4","size_bytes":2000398934016,"transport":"sata","vendor":"ATA"},{"kind":"hdd","logical_block_size":512,"model":"ST2000NM0055-1V4","size_bytes":2000398934016,"transport":"sata","vendor":"ATA"}],"md":[{"level":"raid1","member_kinds":{"hdd":2},"members":2,"size_bytes":2000263577600}],"total_bytes":4960994992128}
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	hw.memory	1795514400	{"available_bytes":49389199360,"hugepage_size_bytes":2097152,"hugepages_total":0,"ksm_pages_shared":5120,"swap_total_bytes":8589930496,"swap_used_bytes":268435456,"total_bytes":67337687040}
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	net.config	1795514400	{"bonding":{"count":1,"modes":{"active-backup":1},"slaves":2},"bridges":1,"ipv6":true,"nics":[{"count":1,"driver":"igb","speed_mbps":null},{"count":2,"driver":"ixgbe","speed_mbps":10000}],"other_virtual":1,"physical_nics":3,"teams":0,"vlans":0}
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	os.kernel	1795514400	{"line":"vz7","machine":"x86_64","openvz":true,"release":"3.10.0-1160.80.1.vz7.191.4"}
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	os.release	1795514400	{"id":"virtuozzo","like":["rhel","fedora"],"name":"Virtuozzo","source":"/etc/os-release","version":"7"}
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	storage.vz	1795514400	{"free_bytes":1455309348864,"fs_type":"ext4","size_bytes":1967617212416,"used_bytes":412316860416}
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	sw.packages	1795514400	{"manager":"rpm","versions":{"disp-helper":["0.0.41-1.vz7"],"libvirt":["2.4.0-1.vz7.31"],"ploop":["7.0.93-1.vz7"],"ploop-lib":["7.0.93-1.vz7"],"prl-disp-service":["7.0.725-2.vz7"],"prlctl":["7.0.137-1.vz7"],"qemu-kvm-vz":["2.6.0-28.3.10.vz7.75"],"readykernel":["7.55-1.vl7"],"shaman":["7.0.42-1.vz7"],"vzctl":["7.0.165-1.vz7"],"vzkernel":["3.10.0-1160.80.1.vz7.191.4","3.10.0-514.26.1.vz7.33.22"]}}
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	sw.services	1795514400	{"active":["vz","prl-disp","libvirtd","vcmmd","firewalld","tuned"],"enabled":["vz","prl-disp","libvirtd","vcmmd","readykernel","pcompact","firewalld","tuned"],"init":"systemd","installed":["vz","prl-disp","libvirtd","vcmmd","shaman","readykernel","pcompact","firewalld","tuned"]}
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	sys.cgroups	1795514400	{"cgroups_per_controller":{"beancounter":14,"blkio":82,"cpu":95,"cpuacct":95,"cpuset":14,"devices":82,"freezer":14,"hugetlb":14,"memory":95,"net_cls":14,"net_prio":14,"perf_event":14,"pids":14,"ve":14},"v1_controllers":["beancounter","blkio","cpu","cpuacct","cpuset","devices","freezer","hugetlb","memory","net_cls","net_prio","perf_event","pids","ve"],"v2_cgroups":null,"v2_controllers":[],"version":"v1","walk_truncated":false}
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	os.release	1795514400	{"id":"virtuozzo","like":["rhel","fedora"],"name":"Virtuozzo","source":"/etc/os-release","version":"7"}
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	storage.vz	1795514400	{"free_bytes":1455309348864,"fs_type":"ext4","size_bytes":1967617212416,"used_bytes":412316860416}
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	vz.host	1795514400	{"generation":"7","hardware_node":true,"openvz_kernel":true,"prlctl_version":"7.0.240","product":"virtuozzo","ve0_in_beancounters":true,"ve0_in_veinfo":true,"vzctl_version":null}
eb9700cd-bafc-40df-a7b5-0a008312ccb6	vz.vms	1795514400	{"by_state":{"running":1,"stopped":1},"guest_os":{"centos":1,"windows":1},"memory":{"<=2G":1,"<=8G":1},"vcpus":{"2":1,"<=4":1},"vms":2}
f09444ea-c240-4c5b-af7f-9ed0ae16b423	vz.host	1795514400	{"generation":"none","hardware_node":false,"openvz_kernel":false,"prlctl_version":null,"product":"none","ve0_in_beancounters":false,"ve0_in_veinfo":false,"vzctl_version":null}
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	sys.static	1795514400	{"sysctl":{"fs.aio-max-nr":1048576,"fs.file-max":6553560,"fs.odirect_enable":0,"kernel.panic":0,"kernel.pid_max":4194304,"kernel.threads-max":514152,"kernel.ve_allow_kthreads":1,"net.ipv4.ip_forward":1,"vm.max_map_count":65530,"vm.min_free_kbytes":262144,"vm.overcommit_memory":0,"vm.swappiness":10},"uptime_days":45,"vz_conf":{"DISK_QUOTA":"yes","GOLDEN_IMAGE":"yes","IPV6":"yes","LOG_LEVEL":"0","TEMPLATE":"default","TRAFFIC_SHAPING":"no","USE_NET_RPS":"yes","USE_VENET_MASK":"yes","VEFSTYPE":"xfs","VEIMAGEFORMAT":"ploop","VE_PRIVATE":"default","VE_ROOT":"default","VE_STOP_MODE":"stop","VIRTUOZZO":"yes","VZWDOG":"no"}}
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	vz.beancounters	1795514400	{"containers":0,"containers_with_failures":0,"failcnt_containers":{},"version":"2.5"}
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	vz.containers	1795514400	{"by_layout":{"ploop":4},"by_template":{"centos-7":2,"other":1,"ubuntu-16.04":1},"configured":4,"cpu_limit":{"<=200":1,"unlimited":3},"cpu_units":{"<=1000":4},"cpus":{"2":1,"<=4":1,"unset":2},"disk_limit":{"<=10G":2,"<=50G":2},"features":{"fuse":1,"nfs":1},"mounted":0,"numproc_limit":{"unlimited":4},"onboot":3,"prlctl":{"containers":4,"vms":2},"ram_limit":{"<=1G":2,"<=2G":1,"<=4G":1},"running":2,"source":"vzlist-json","stopped":1,"suspended":1,"vswap":4}
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	vz.host	1795514400	{"generation":"7","hardware_node":true,"openvz_kernel":true,"prlctl_version":"7.0.182","product":"virtuozzo","ve0_in_beancounters":true,"ve0_in_veinfo":true,"vzctl_version":"7.0.229"}
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	vz.ploop	1795514400	{"images":3,"ploop_version":"7.0.165","size":{"<=10G":2,"<=50G":1},"snapshots":{"1":2,"2":1},"unreadable":1}
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	vz.readykernel	1795514400	{"autoload":true,"installed":true,"patch_level":"89.0-r1","patches_enabled":1,"patches_loaded":2}
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	vz.storage_cluster	1795514400	{"member":true,"product":"vstorage","roles":{"chunk_server":true,"client":true,"metadata_server":false},"shaman_master":false,"shaman_nodes":3}
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	vz.templates	1795514400	{"app_templates":{"mysql":1},"os_templates":{"centos-6":1},"os_templates_cached":{"centos-6":1},"source":"vzpkg"}
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	vz.vms	1795514400	{"by_state":{"running":1,"stopped":1},"guest_os":{"centos":1,"windows":1},"memory":{"<=2G":1,"<=8G":1},"vcpus":{"2":1,"<=4":1},"vms":2}
03f1b2f5-f889-4588-b8df-d423c4a48c86	vz.containers	1795514400	{"by_layout":{"ploop":4},"by_template":{"centos-7":2,"other":1,"ubuntu-16.04":1},"configured":4,"cpu_limit":{"<=200":1,"unlimited":3},"cpu_units":{"<=1000":4},"cpus":{"2":1,"<=4":1,"unset":2},"disk_limit":{"<=10G":2,"<=50G":2},"features":{"fuse":1,"nfs":1},"mounted":0,"numproc_limit":{"unlimited":4},"onboot":3,"prlctl":{"containers":4,"vms":2},"ram_limit":{"<=1G":2,"<=2G":1,"<=4G":1},"running":2,"source":"vzlist-json","stopped":1,"suspended":1,"vswap":4}
03f1b2f5-f889-4588-b8df-d423c4a48c86	vz.host	1795514400	{"generation":"7","hardware_node":true,"openvz_kernel":true,"prlctl_version":"7.0.182","product":"virtuozzo","ve0_in_beancounters":true,"ve0_in_veinfo":true,"vzctl_version":"7.0.229"}
03f1b2f5-f889-4588-b8df-d423c4a48c86	vz.ploop	1795514400	{"images":3,"ploop_version":"7.0.165","size":{"<=10G":2,"<=50G":1},"snapshots":{"1":2,"2":1},"unreadable":1}
03f1b2f5-f889-4588-b8df-d423c4a48c86	vz.readykernel	1795514400	{"autoload":true,"installed":true,"patch_level":"89.0-r1","patches_enabled":1,"patches_loaded":2}
03f1b2f5-f889-4588-b8df-d423c4a48c86	vz.simfs	1795514400	{"containers":0,"fs_types":{}}
03f1b2f5-f889-4588-b8df-d423c4a48c86	vz.storage_cluster	1795514400	{"member":true,"product":"vstorage","roles":{"chunk_server":true,"client":true,"metadata_server":false},"shaman_master":false,"shaman_nodes":3}
03f1b2f5-f889-4588-b8df-d423c4a48c86	vz.templates	1795514400	{"app_templates":{"mysql":1},"os_templates":{"centos-6":1},"os_templates_cached":{"centos-6":1},"source":"vzpkg"}
03f1b2f5-f889-4588-b8df-d423c4a48c86	vz.vms	1795514400	{"by_state":{"running":1,"stopped":1},"guest_os":{"centos":1,"windows":1},"memory":{"<=2G":1,"<=8G":1},"vcpus":{"2":1,"<=4":1},"vms":2}
a3997855-16f0-4b80-9944-1b6e8941c40a	vz.readykernel	1795514400	{"autoload":true,"installed":true,"patch_level":"89.0-r1","patches_enabled":1,"patches_loaded":2}
a3997855-16f0-4b80-9944-1b6e8941c40a	vz.storage_cluster	1795514400	{"member":true,"product":"vstorage","roles":{"chunk_server":true,"client":true,"metadata_server":false},"shaman_master":false,"shaman_nodes":3}
464064af-3816-47c7-ae0c-e7bee87acb41	vz.containers	1795514400	{"by_layout":{"ploop":4},"by_template":{"centos-7":2,"other":1,"ubuntu-16.04":1},"configured":4,"cpu_limit":{"<=200":1,"unlimited":3},"cpu_units":{"<=1000":4},"cpus":{"2":1,"<=4":1,"unset":2},"disk_limit":{"<=10G":2,"<=50G":2},"features":{"fuse":1,"nfs":1},"mounted":0,"numproc_limit":{"unlimited":4},"onboot":3,"prlctl":{"containers":4,"vms":2},"ram_limit":{"<=1G":2,"<=2G":1,"<=4G":1},"running":2,"source":"vzlist-json","stopped":1,"suspended":1,"vswap":4}
464064af-3816-47c7-ae0c-e7bee87acb41	vz.ploop	1795514400	{"images":3,"ploop_version":"7.0.165","size":{"<=10G":2,"<=50G":1},"snapshots":{"1":2,"2":1},"unreadable":1}
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	sw.packages	1795514400	{"manager":"rpm","versions":{"disp-helper":["0.0.41-1.vz7"],"libvirt":["2.4.0-1.vz7.31"],"ploop":["7.0.270-1.vz7"],"ploop-lib":["7.0.270-1.vz7"],"prl-disp-service":["7.0.725-2.vz7"],"prlctl":["7.0.240-1.vz7"],"qemu-kvm-vz":["2.6.0-28.3.10.vz7.75"],"readykernel":["7.55-1.vl7"],"shaman":["7.0.42-1.vz7"],"vzctl":["7.0.229-1.vz7"],"vzkernel":["3.10.0-1160.80.1.vz7.191.4","3.10.0-514.26.1.vz7.33.22"]}}
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	sw.services	1795514400	{"active":["vz","prl-disp","libvirtd","vcmmd","firewalld","tuned"],"enabled":["vz","prl-disp","libvirtd","vcmmd","readykernel","pcompact","firewalld","tuned"],"init":"systemd","installed":["vz","prl-disp","libvirtd","vcmmd","shaman","readykernel","pcompact","firewalld","tuned"]}
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	sys.cgroups	1795514400	{"cgroups_per_controller":{"beancounter":14,"blkio":82,"cpu":95,"cpuacct":95,"cpuset":14,"devices":82,"freezer":14,"hugetlb":14,"memory":95,"net_cls":14,"net_prio":14,"perf_event":14,"pids":14,"ve":14},"v1_controllers":["beancounter","blkio","cpu","cpuacct","cpuset","devices","freezer","hugetlb","memory","net_cls","net_prio","perf_event","pids","ve"],"v2_cgroups":null,"v2_controllers":[],"version":"v1","walk_truncated":false}
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	sys.static	1795514400	{"sysctl":{"fs.aio-max-nr":1048576,"fs.file-max":6553560,"fs.odirect_enable":0,"kernel.panic":0,"kernel.pid_max":4194304,"kernel.threads-max":514152,"kernel.ve_allow_kthreads":1,"net.ipv4.ip_forward":1,"vm.max_map_count":65530,"vm.min_free_kbytes":262144,"vm.overcommit_memory":0,"vm.swappiness":10},"uptime_days":45,"vz_conf":{"DISK_QUOTA":"yes","GOLDEN_IMAGE":"yes","IPV6":"yes","LOG_LEVEL":"0","TEMPLATE":"default","TRAFFIC_SHAPING":"no","USE_NET_RPS":"yes","USE_VENET_MASK":"yes","VEFSTYPE":"xfs","VEIMAGEFORMAT":"ploop","VE_PRIVATE":"default","VE_ROOT":"default","VE_STOP_MODE":"stop","VIRTUOZZO":"yes","VZWDOG":"no"}}
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	vz.readykernel	1795514400	{"autoload":true,"installed":true,"patch_level":"89.0-r1","patches_enabled":1,"patches_loaded":2}
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	vz.storage_cluster	1795514400	{"member":true,"product":"vstorage","roles":{"chunk_server":true,"client":true,"metadata_server":false},"shaman_master":false,"shaman_nodes":3}
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	vz.templates	1795514400	{"app_templates":{"mysql":1,"nginx":1,"php":1},"os_templates":{"centos-7":1,"debian-9.0":1,"ubuntu-16.04":1,"vzlinux-7":1},"os_templates_cached":{"centos-7":1,"debian-9.0":1,"ubuntu-16.04":1,"vzlinux-7":1},"source":"vzpkg"}
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	vz.vms	1795514400	{"by_state":{"running":1,"stopped":1},"guest_os":{"centos":1,"windows":1},"memory":{"<=2G":1,"<=8G":1},"vcpus":{"2":1,"<=4":1},"vms":2}
a22744bc-a4b4-499a-b378-f4e9f3317332	vz.storage_cluster	1795514400	{"member":false,"product":null,"roles":{"chunk_server":false,"client":false,"metadata_server":false},"shaman_master":false,"shaman_nodes":null}
a67d5df8-aa77-4c4c-a04a-d9998f54394b	hw.cpu	1795514400	{"cores":4,"hypervisor":null,"mhz":1200,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"sockets":1,"threads":8,"under_hypervisor":false,"vendor":"intel","vendor_id":"GenuineIntel","virtualization":null}
a67d5df8-aa77-4c4c-a04a-d9998f54394b	hw.disks	1795514400	{"by_kind":{"hdd":2,"nvme":1},"count":3,"disks":[{"kind":"nvme","logical_block_size":512,"model":"SAMSUNG MZQLB960HAJR-00007","size_bytes":960197124096,"transport":"nvme","vendor":null},{"kind":"hdd","logical_block_size":512,"model":"ST2000NM0055-1V4","size_bytes":2000398934016,"transport":"sata","vendor":"ATA"},{"kind":"hdd","logical_block_size":512,"model":"ST2000NM0055-1V4","size_bytes":2000398934016,"transport":"sata","vendor":"ATA"}],"md":[{"level":"raid1","member_kinds":{"hdd":2},"members":2,"size_bytes":2000263577600}],"total_bytes":4960994992128}
a67d5df8-aa77-4c4c-a04a-d9998f54394b	hw.memory	1795514400	{"available_bytes":49389199360,"hugepage_size_bytes":2097152,"hugepages_total":0,"ksm_pages_shared":5120,"swap_total_bytes":8589930496,"swap_used_bytes":268435456,"total_bytes":269312000000}
a67d5df8-aa77-4c4c-a04a-d9998f54394b	net.config	1795514400	{"bonding":{"count":1,"modes":{"active-backup":1},"slaves":2},"bridges":1,"ipv6":true,"nics":[{"count":1,"driver":"igb","speed_mbps":null},{"count":2,"driver":"ixgbe","speed_mbps":10000}],"other_virtual":1,"physical_nics":3,"teams":0,"vlans":0}
a67d5df8-aa77-4c4c-a04a-d9998f54394b	os.release	1795514400	{"id":"virtuozzo","like":["rhel","fedora"],"name":"Virtuozzo","source":"/etc/os-release","version":"7"}
a67d5df8-aa77-4c4c-a04a-d9998f54394b	storage.vz	1795514400	{"free_bytes":1455309348864,"fs_type":"ext4","size_bytes":1967617212416,"used_bytes":412316860416}
a67d5df8-aa77-4c4c-a04a-d9998f54394b	sw.packages	1795514400	{"manager":"rpm","versions":{"disp-helper":["0.0.41-1.vz7"],"libvirt":["2.4.0-1.vz7.31"],"ploop":["7.0.93-1.vz7"],"ploop-lib":["7.0.93-1.vz7"],"prl-disp-service":["7.0.725-2.vz7"],"prlctl":["7.0.137-1.vz7"],"qemu-kvm-vz":["2.6.0-28.3.10.vz7.75"],"readykernel":["7.55-1.vl7"],"shaman":["7.0.42-1.vz7"],"vzctl":["7.0.165-1.vz7"],"vzkernel":["3.10.0-1160.80.1.vz7.191.4","3.10.0-514.26.1.vz7.33.22"]}}
a67d5df8-aa77-4c4c-a04a-d9998f54394b	sw.services	1795514400	{"active":["vz","prl-disp","libvirtd","vcmmd","firewalld","tuned"],"enabled":["vz","prl-disp","libvirtd","vcmmd","readykernel","pcompact","firewalld","tuned"],"init":"systemd","installed":["vz","prl-disp","libvirtd","vcmmd","shaman","readykernel","pcompact","firewalld","tuned"]}
a67d5df8-aa77-4c4c-a04a-d9998f54394b	sys.cgroups	1795514400	{"cgroups_per_controller":{"beancounter":14,"blkio":82,"cpu":95,"cpuacct":95,"cpuset":14,"devices":82,"freezer":14,"hugetlb":14,"memory":95,"net_cls":14,"net_prio":14,"perf_event":14,"pids":14,"ve":14},"v1_controllers":["beancounter","blkio","cpu","cpuacct","cpuset","devices","freezer","hugetlb","memory","net_cls","net_prio","perf_event","pids","ve"],"v2_cgroups":null,"v2_controllers":[],"version":"v1","walk_truncated":false}
a67d5df8-aa77-4c4c-a04a-d9998f54394b	sys.static	1795514400	{"sysctl":{"fs.aio-max-nr":1048576,"fs.file-max":6553560,"fs.odirect_enable":0,"kernel.panic":0,"kernel.pid_max":4194304,"kernel.threads-max":514152,"kernel.ve_allow_kthreads":1,"net.ipv4.ip_forward":1,"vm.max_map_count":65530,"vm.min_free_kbytes":262144,"vm.overcommit_memory":0,"vm.swappiness":10},"uptime_days":45,"vz_conf":{"DISK_QUOTA":"yes","GOLDEN_IMAGE":"yes","IPV6":"yes","LOG_LEVEL":"0","TEMPLATE":"default","TRAFFIC_SHAPING":"no","USE_NET_RPS":"yes","USE_VENET_MASK":"yes","VEFSTYPE":"xfs","VEIMAGEFORMAT":"ploop","VE_PRIVATE":"default","VE_ROOT":"default","VE_STOP_MODE":"stop","VIRTUOZZO":"yes","VZWDOG":"no"}}
a67d5df8-aa77-4c4c-a04a-d9998f54394b	vz.beancounters	1795514400	{"containers":0,"containers_with_failures":0,"failcnt_containers":{},"version":"2.5"}
a67d5df8-aa77-4c4c-a04a-d9998f54394b	vz.containers	1795514400	{"by_layout":{"ploop":4},"by_template":{"centos-7":2,"other":1,"ubuntu-16.04":1},"configured":4,"cpu_limit":{"<=200":1,"unlimited":3},"cpu_units":{"<=1000":4},"cpus":{"2":1,"<=4":1,"unset":2},"disk_limit":{"<=10G":2,"<=50G":2},"features":{"fuse":1,"nfs":1},"mounted":0,"numproc_limit":{"unlimited":4},"onboot":3,"prlctl":{"containers":4,"vms":2},"ram_limit":{"<=1G":2,"<=2G":1,"<=4G":1},"running":2,"source":"vzlist-json","stopped":1,"suspended":1,"vswap":4}
a67d5df8-aa77-4c4c-a04a-d9998f54394b	vz.host	1795514400	{"generation":"7","hardware_node":true,"openvz_kernel":true,"prlctl_version":"7.0.182","product":"virtuozzo","ve0_in_beancounters":true,"ve0_in_veinfo":true,"vzctl_version":"7.0.229"}
a67d5df8-aa77-4c4c-a04a-d9998f54394b	vz.ploop	1795514400	{"images":3,"ploop_version":"7.0.165","size":{"<=10G":2,"<=50G":1},"snapshots":{"1":2,"2":1},"unreadable":1}
a67d5df8-aa77-4c4c-a04a-d9998f54394b	vz.readykernel	1795514400	{"autoload":true,"installed":true,"patch_level":"89.0-r1","patches_enabled":1,"patches_loaded":2}
a67d5df8-aa77-4c4c-a04a-d9998f54394b	vz.simfs	1795514400	{"containers":0,"fs_types":{}}
a67d5df8-aa77-4c4c-a04a-d9998f54394b	vz.storage_cluster	1795514400	{"member":true,"product":"vstorage","roles":{"chunk_server":true,"client":true,"metadata_server":false},"shaman_master":false,"shaman_nodes":3}
a67d5df8-aa77-4c4c-a04a-d9998f54394b	vz.templates	1795514400	{"app_templates":{"mysql":1},"os_templates":{"centos-6":1},"os_templates_cached":{"centos-6":1},"source":"vzpkg"}
a67d5df8-aa77-4c4c-a04a-d9998f54394b	vz.vms	1795514400	{"by_state":{"running":1,"stopped":1},"guest_os":{"centos":1,"windows":1},"memory":{"<=2G":1,"<=8G":1},"vcpus":{"2":1,"<=4":1},"vms":2}
8a0c9444-15a3-48f7-a5da-10df6c3497cf	hw.disks	1795514400	{"by_kind":{"hdd":2,"nvme":1},"count":3,"disks":[{"kind":"nvme","logical_block_size":512,"model":"SAMSUNG MZQLB960HAJR-00007","size_bytes":960197124096,"transport":"nvme","vendor":null},{"kind":"hdd","logical_block_size":512,"model":"ST2000NM0055-1V4","size_bytes":2000398934016,"transport":"sata","vendor":"ATA"},{"kind":"hdd","logical_block_size":512,"model":"ST2000NM0055-1V4","size_bytes":2000398934016,"transport":"sata","vendor":"ATA"}],"md":[{"level":"raid1","member_kinds":{"hdd":2},"members":2,"size_bytes":2000263577600}],"total_bytes":4960994992128}
8a0c9444-15a3-48f7-a5da-10df6c3497cf	hw.memory	1795514400	{"available_bytes":49389199360,"hugepage_size_bytes":2097152,"hugepages_total":0,"ksm_pages_shared":5120,"swap_total_bytes":8589930496,"swap_used_bytes":268435456,"total_bytes":269312000000}
8a0c9444-15a3-48f7-a5da-10df6c3497cf	net.config	1795514400	{"bonding":{"count":1,"modes":{"active-backup":1},"slaves":2},"bridges":1,"ipv6":true,"nics":[{"count":1,"driver":"igb","speed_mbps":null},{"count":2,"driver":"ixgbe","speed_mbps":10000}],"other_virtual":1,"physical_nics":3,"teams":0,"vlans":0}
8a0c9444-15a3-48f7-a5da-10df6c3497cf	os.kernel	1795514400	{"line":"vz7","machine":"x86_64","openvz":true,"release":"3.10.0-1160.80.1.vz7.191.4"}
8a0c9444-15a3-48f7-a5da-10df6c3497cf	os.release	1795514400	{"id":"virtuozzo","like":["rhel","fedora"],"name":"Virtuozzo","source":"/etc/os-release","version":"7"}
8a0c9444-15a3-48f7-a5da-10df6c3497cf	storage.vz	1795514400	{"free_bytes":1455309348864,"fs_type":"ext4","size_bytes":1967617212416,"used_bytes":412316860416}
8a0c9444-15a3-48f7-a5da-10df6c3497cf	sw.packages	1795514400	{"manager":"rpm","versions":{"disp-helper":["0.0.41-1.vz7"],"libvirt":["2.4.0-1.vz7.31"],"ploop":["7.0.93-1.vz7"],"ploop-lib":["7.0.93-1.vz7"],"prl-disp-service":["7.0.725-2.vz7"],"prlctl":["7.0.137-1.vz7"],"qemu-kvm-vz":["2.6.0-28.3.10.vz7.75"],"readykernel":["7.55-1.vl7"],"shaman":["7.0.42-1.vz7"],"vzctl":["7.0.165-1.vz7"],"vzkernel":["3.10.0-1160.80.1.vz7.191.4","3.10.0-514.26.1.vz7.33.22"]}}
8a0c9444-15a3-48f7-a5da-10df6c3497cf	sw.services	1795514400	{"active":["vz","prl-disp","libvirtd","vcmmd","firewalld","tuned"],"enabled":["vz","prl-disp","libvirtd","vcmmd","readykernel","pcompact","firewalld","tuned"],"init":"systemd","installed":["vz","prl-disp","libvirtd","vcmmd","shaman","readykernel","pcompact","firewalld","tuned"]}
8a0c9444-15a3-48f7-a5da-10df6c3497cf	sys.cgroups	1795514400	{"cgroups_per_controller":{"beancounter":14,"blkio":82,"cpu":95,"cpuacct":95,"cpuset":14,"devices":82,"freezer":14,"hugetlb":14,"memory":95,"net_cls":14,"net_prio":14,"perf_event":14,"pids":14,"ve":14},"v1_controllers":["beancounter","blkio","cpu","cpuacct","cpuset","devices","freezer","hugetlb","memory","net_cls","net_prio","perf_event","pids","ve"],"v2_cgroups":null,"v2_controllers":[],"version":"v1","walk_truncated":false}
8a0c9444-15a3-48f7-a5da-10df6c3497cf	sys.static	1795514400	{"sysctl":{"fs.aio-max-nr":1048576,"fs.file-max":6553560,"fs.odirect_enable":0,"kernel.panic":0,"kernel.pid_max":4194304,"kernel.threads-max":514152,"kernel.ve_allow_kthreads":1,"net.ipv4.ip_forward":1,"vm.max_map_count":65530,"vm.min_free_kbytes":262144,"vm.overcommit_memory":0,"vm.swappiness":10},"uptime_days":45,"vz_conf":{"DISK_QUOTA":"yes","GOLDEN_IMAGE":"yes","IPV6":"yes","LOG_LEVEL":"0","TEMPLATE":"default","TRAFFIC_SHAPING":"no","USE_NET_RPS":"yes","USE_VENET_MASK":"yes","VEFSTYPE":"xfs","VEIMAGEFORMAT":"ploop","VE_PRIVATE":"default","VE_ROOT":"default","VE_STOP_MODE":"stop","VIRTUOZZO":"yes","VZWDOG":"no"}}
8a0c9444-15a3-48f7-a5da-10df6c3497cf	vz.beancounters	1795514400	{"containers":0,"containers_with_failures":0,"failcnt_containers":{},"version":"2.5"}
8a0c9444-15a3-48f7-a5da-10df6c3497cf	vz.containers	1795514400	{"by_layout":{"ploop":4},"by_template":{"centos-7":2,"other":1,"ubuntu-16.04":1},"configured":4,"cpu_limit":{"<=200":1,"unlimited":3},"cpu_units":{"<=1000":4},"cpus":{"2":1,"<=4":1,"unset":2},"disk_limit":{"<=10G":2,"<=50G":2},"features":{"fuse":1,"nfs":1},"mounted":0,"numproc_limit":{"unlimited":4},"onboot":3,"prlctl":{"containers":4,"vms":2},"ram_limit":{"<=1G":2,"<=2G":1,"<=4G":1},"running":2,"source":"vzlist-json","stopped":1,"suspended":1,"vswap":4}
8a0c9444-15a3-48f7-a5da-10df6c3497cf	vz.host	1795514400	{"generation":"7","hardware_node":true,"openvz_kernel":true,"prlctl_version":"7.0.182","product":"virtuozzo","ve0_in_beancounters":true,"ve0_in_veinfo":true,"vzctl_version":"7.0.229"}
8a0c9444-15a3-48f7-a5da-10df6c3497cf	vz.ploop	1795514400	{"images":3,"ploop_version":"7.0.165","size":{"<=10G":2,"<=50G":1},"snapshots":{"1":2,"2":1},"unreadable":1}
8a0c9444-15a3-48f7-a5da-10df6c3497cf	vz.readykernel	1795514400	{"autoload":true,"installed":true,"patch_level":"89.0-r1","patches_enabled":1,"patches_loaded":2}
8a0c9444-15a3-48f7-a5da-10df6c3497cf	vz.simfs	1795514400	{"containers":0,"fs_types":{}}
8a0c9444-15a3-48f7-a5da-10df6c3497cf	vz.storage_cluster	1795514400	{"member":true,"product":"vstorage","roles":{"chunk_server":true,"client":true,"metadata_server":false},"shaman_master":false,"shaman_nodes":3}
8a0c9444-15a3-48f7-a5da-10df6c3497cf	vz.templates	1795514400	{"app_templates":{"mysql":1},"os_templates":{"centos-6":1},"os_templates_cached":{"centos-6":1},"source":"vzpkg"}
8a0c9444-15a3-48f7-a5da-10df6c3497cf	vz.vms	1795514400	{"by_state":{"running":1,"stopped":1},"guest_os":{"centos":1,"windows":1},"memory":{"<=2G":1,"<=8G":1},"vcpus":{"2":1,"<=4":1},"vms":2}
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	sw.packages	1795514400	{"manager":"rpm","versions":{"disp-helper":["0.0.41-1.vz7"],"libvirt":["2.4.0-1.vz7.31"],"ploop":["7.0.93-1.vz7"],"ploop-lib":["7.0.93-1.vz7"],"prl-disp-service":["7.0.725-2.vz7"],"prlctl":["7.0.137-1.vz7"],"qemu-kvm-vz":["2.6.0-28.3.10.vz7.75"],"readykernel":["7.55-1.vl7"],"shaman":["7.0.42-1.vz7"],"vzctl":["7.0.165-1.vz7"],"vzkernel":["3.10.0-1160.80.1.vz7.191.4","3.10.0-514.26.1.vz7.33.22"]}}
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	sw.services	1795514400	{"active":["vz","prl-disp","libvirtd","vcmmd","firewalld","tuned"],"enabled":["vz","prl-disp","libvirtd","vcmmd","readykernel","pcompact","firewalld","tuned"],"init":"systemd","installed":["vz","prl-disp","libvirtd","vcmmd","shaman","readykernel","pcompact","firewalld","tuned"]}
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	sys.cgroups	1795514400	{"cgroups_per_controller":{"beancounter":14,"blkio":82,"cpu":95,"cpuacct":95,"cpuset":14,"devices":82,"freezer":14,"hugetlb":14,"memory":95,"net_cls":14,"net_prio":14,"perf_event":14,"pids":14,"ve":14},"v1_controllers":["beancounter","blkio","cpu","cpuacct","cpuset","devices","freezer","hugetlb","memory","net_cls","net_prio","perf_event","pids","ve"],"v2_cgroups":null,"v2_controllers":[],"version":"v1","walk_truncated":false}
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	sys.static	1795514400	{"sysctl":{"fs.aio-max-nr":1048576,"fs.file-max":6553560,"fs.odirect_enable":0,"kernel.panic":0,"kernel.pid_max":4194304,"kernel.threads-max":514152,"kernel.ve_allow_kthreads":1,"net.ipv4.ip_forward":1,"vm.max_map_count":65530,"vm.min_free_kbytes":262144,"vm.overcommit_memory":0,"vm.swappiness":10},"uptime_days":45,"vz_conf":{"DISK_QUOTA":"yes","GOLDEN_IMAGE":"yes","IPV6":"yes","LOG_LEVEL":"0","TEMPLATE":"default","TRAFFIC_SHAPING":"no","USE_NET_RPS":"yes","USE_VENET_MASK":"yes","VEFSTYPE":"xfs","VEIMAGEFORMAT":"ploop","VE_PRIVATE":"default","VE_ROOT":"default","VE_STOP_MODE":"stop","VIRTUOZZO":"yes","VZWDOG":"no"}}
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	vz.beancounters	1795514400	{"containers":0,"containers_with_failures":0,"failcnt_containers":{},"version":"2.5"}
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	vz.containers	1795514400	{"by_layout":{"ploop":4},"by_template":{"centos-7":2,"other":1,"ubuntu-16.04":1},"configured":4,"cpu_limit":{"<=200":1,"unlimited":3},"cpu_units":{"<=1000":4},"cpus":{"2":1,"<=4":1,"unset":2},"disk_limit":{"<=10G":2,"<=50G":2},"features":{"fuse":1,"nfs":1},"mounted":0,"numproc_limit":{"unlimited":4},"onboot":3,"prlctl":{"containers":4,"vms":2},"ram_limit":{"<=1G":2,"<=2G":1,"<=4G":1},"running":2,"source":"vzlist-json","stopped":1,"suspended":1,"vswap":4}
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	vz.host	1795514400	{"generation":"7","hardware_node":true,"openvz_kernel":true,"prlctl_version":"7.0.182","product":"virtuozzo","ve0_in_beancounters":true,"ve0_in_veinfo":true,"vzctl_version":"7.0.229"}
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	vz.ploop	1795514400	{"images":3,"ploop_version":"7.0.165","size":{"<=10G":2,"<=50G":1},"snapshots":{"1":2,"2":1},"unreadable":1}
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	vz.readykernel	1795514400	{"autoload":true,"installed":true,"patch_level":"89.0-r1","patches_enabled":1,"patches_loaded":2}
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	vz.simfs	1795514400	{"containers":0,"fs_types":{}}
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	vz.storage_cluster	1795514400	{"member":true,"product":"vstorage","roles":{"chunk_server":true,"client":true,"metadata_server":false},"shaman_master":false,"shaman_nodes":3}
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	vz.templates	1795514400	{"app_templates":{"mysql":1},"os_templates":{"centos-6":1},"os_templates_cached":{"centos-6":1},"source":"vzpkg"}
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	vz.vms	1795514400	{"by_state":{"running":1,"stopped":1},"guest_os":{"centos":1,"windows":1},"memory":{"<=2G":1,"<=8G":1},"vcpus":{"2":1,"<=4":1},"vms":2}
6d5949ca-4785-4b2c-b863-d9df8c283331	sys.static	1795514400	{"sysctl":{"fs.aio-max-nr":1048576,"fs.file-max":6553560,"fs.odirect_enable":0,"kernel.panic":0,"kernel.pid_max":4194304,"kernel.threads-max":514152,"kernel.ve_allow_kthreads":1,"net.ipv4.ip_forward":1,"vm.max_map_count":65530,"vm.min_free_kbytes":262144,"vm.overcommit_memory":0,"vm.swappiness":10},"uptime_days":45,"vz_conf":{"DISK_QUOTA":"yes","GOLDEN_IMAGE":"yes","IPV6":"yes","LOG_LEVEL":"0","TEMPLATE":"default","TRAFFIC_SHAPING":"no","USE_NET_RPS":"yes","USE_VENET_MASK":"yes","VEFSTYPE":"xfs","VEIMAGEFORMAT":"ploop","VE_PRIVATE":"default","VE_ROOT":"default","VE_STOP_MODE":"stop","VIRTUOZZO":"yes","VZWDOG":"no"}}
6d5949ca-4785-4b2c-b863-d9df8c283331	vz.beancounters	1795514400	{"containers":0,"containers_with_failures":0,"failcnt_containers":{},"version":"2.5"}
6d5949ca-4785-4b2c-b863-d9df8c283331	vz.containers	1795514400	{"by_layout":{"ploop":4},"by_template":{"centos-7":2,"other":1,"ubuntu-16.04":1},"configured":4,"cpu_limit":{"<=200":1,"unlimited":3},"cpu_units":{"<=1000":4},"cpus":{"2":1,"<=4":1,"unset":2},"disk_limit":{"<=10G":2,"<=50G":2},"features":{"fuse":1,"nfs":1},"mounted":0,"numproc_limit":{"unlimited":4},"onboot":3,"prlctl":{"containers":4,"vms":2},"ram_limit":{"<=1G":2,"<=2G":1,"<=4G":1},"running":2,"source":"vzlist-json","stopped":1,"suspended":1,"vswap":4}
6d5949ca-4785-4b2c-b863-d9df8c283331	vz.host	1795514400	{"generation":"7","hardware_node":true,"openvz_kernel":true,"prlctl_version":"7.0.182","product":"virtuozzo","ve0_in_beancounters":true,"ve0_in_veinfo":true,"vzctl_version":"7.0.229"}
6d5949ca-4785-4b2c-b863-d9df8c283331	vz.ploop	1795514400	{"images":3,"ploop_version":"7.0.165","size":{"<=10G":2,"<=50G":1},"snapshots":{"1":2,"2":1},"unreadable":1}
6d5949ca-4785-4b2c-b863-d9df8c283331	vz.readykernel	1795514400	{"autoload":true,"installed":true,"patch_level":"89.0-r1","patches_enabled":1,"patches_loaded":2}
6d5949ca-4785-4b2c-b863-d9df8c283331	vz.simfs	1795514400	{"containers":0,"fs_types":{}}
6d5949ca-4785-4b2c-b863-d9df8c283331	vz.storage_cluster	1795514400	{"member":true,"product":"vstorage","roles":{"chunk_server":true,"client":true,"metadata_server":false},"shaman_master":false,"shaman_nodes":3}
6d5949ca-4785-4b2c-b863-d9df8c283331	vz.templates	1795514400	{"app_templates":{"mysql":1},"os_templates":{"centos-6":1},"os_templates_cached":{"centos-6":1},"source":"vzpkg"}
6d5949ca-4785-4b2c-b863-d9df8c283331	vz.vms	1795514400	{"by_state":{"running":1,"stopped":1},"guest_os":{"centos":1,"windows":1},"memory":{"<=2G":1,"<=8G":1},"vcpus":{"2":1,"<=4":1},"vms":2}
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	sw.services	1795514400	{"active":["vz","prl-disp","libvirtd","vcmmd","firewalld","tuned"],"enabled":["vz","prl-disp","libvirtd","vcmmd","readykernel","pcompact","firewalld","tuned"],"init":"systemd","installed":["vz","prl-disp","libvirtd","vcmmd","shaman","readykernel","pcompact","firewalld","tuned"]}
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	sys.cgroups	1795514400	{"cgroups_per_controller":{"beancounter":14,"blkio":82,"cpu":95,"cpuacct":95,"cpuset":14,"devices":82,"freezer":14,"hugetlb":14,"memory":95,"net_cls":14,"net_prio":14,"perf_event":14,"pids":14,"ve":14},"v1_controllers":["beancounter","blkio","cpu","cpuacct","cpuset","devices","freezer","hugetlb","memory","net_cls","net_prio","perf_event","pids","ve"],"v2_cgroups":null,"v2_controllers":[],"version":"v1","walk_truncated":false}
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	sys.static	1795514400	{"sysctl":{"fs.aio-max-nr":1048576,"fs.file-max":6553560,"fs.odirect_enable":0,"kernel.panic":0,"kernel.pid_max":4194304,"kernel.threads-max":514152,"kernel.ve_allow_kthreads":1,"net.ipv4.ip_forward":1,"vm.max_map_count":65530,"vm.min_free_kbytes":262144,"vm.overcommit_memory":0,"vm.swappiness":10},"uptime_days":45,"vz_conf":{"DISK_QUOTA":"yes","GOLDEN_IMAGE":"yes","IPV6":"yes","LOG_LEVEL":"0","TEMPLATE":"default","TRAFFIC_SHAPING":"no","USE_NET_RPS":"yes","USE_VENET_MASK":"yes","VEFSTYPE":"xfs","VEIMAGEFORMAT":"ploop","VE_PRIVATE":"default","VE_ROOT":"default","VE_STOP_MODE":"stop","VIRTUOZZO":"yes","VZWDOG":"no"}}
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	vz.containers	1795514400	{"by_layout":{"ploop":4},"by_template":{"centos-7":2,"other":1,"ubuntu-16.04":1},"configured":4,"cpu_limit":{"<=200":1,"unlimited":3},"cpu_units":{"<=1000":4},"cpus":{"2":1,"<=4":1,"unset":2},"disk_limit":{"<=10G":2,"<=50G":2},"features":{"fuse":1,"nfs":1},"mounted":0,"numproc_limit":{"unlimited":4},"onboot":3,"prlctl":{"containers":4,"vms":2},"ram_limit":{"<=1G":2,"<=2G":1,"<=4G":1},"running":2,"source":"vzlist-json","stopped":1,"suspended":1,"vswap":4}
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	vz.ploop	1795514400	{"images":3,"ploop_version":"7.0.165","size":{"<=10G":2,"<=50G":1},"snapshots":{"1":2,"2":1},"unreadable":1}
\.


--
-- Data for Name: host_day; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.host_day (day, hosts) FROM stdin;
20746	0
20711	5
20774	3
20769	0
20776	0
20781	25
20683	0
20662	5
20760	5
\.


--
-- Data for Name: host_keys; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.host_keys (host_id, dist, key) FROM stdin;
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	bonding	yes
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	container_count	1-5
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	containers	yes
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	cpu_vendor	intel
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	ct_os	centos-6
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	ct_os	centos-7
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	ct_os	ubuntu-14.04
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	distribution	virtuozzo 7
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	guest_os	centos
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	guest_os	windows
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	layout	ploop
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	memory	32-64 GiB
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	running	yes
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	ssd	yes
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	virtualization	vz7
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	vswap	yes
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	bonding	yes
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	container_count	1-5
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	containers	yes
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	cpu_vendor	intel
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	ct_os	centos-6
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	ct_os	centos-7
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	ct_os	ubuntu-14.04
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	distribution	virtuozzo 7
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	guest_os	centos
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	guest_os	windows
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	layout	ploop
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	memory	32-64 GiB
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	running	yes
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	ssd	yes
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	virtualization	vz7
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	vswap	yes
5d29d753-0e88-4e4b-82fc-ece2fec989a7	bonding	yes
5d29d753-0e88-4e4b-82fc-ece2fec989a7	container_count	1-5
5d29d753-0e88-4e4b-82fc-ece2fec989a7	containers	yes
5d29d753-0e88-4e4b-82fc-ece2fec989a7	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz
5d29d753-0e88-4e4b-82fc-ece2fec989a7	cpu_vendor	intel
5d29d753-0e88-4e4b-82fc-ece2fec989a7	ct_os	centos-6
5d29d753-0e88-4e4b-82fc-ece2fec989a7	ct_os	centos-7
5d29d753-0e88-4e4b-82fc-ece2fec989a7	ct_os	ubuntu-14.04
5d29d753-0e88-4e4b-82fc-ece2fec989a7	distribution	virtuozzo 7
5d29d753-0e88-4e4b-82fc-ece2fec989a7	guest_os	centos
5d29d753-0e88-4e4b-82fc-ece2fec989a7	guest_os	windows
5d29d753-0e88-4e4b-82fc-ece2fec989a7	layout	ploop
5d29d753-0e88-4e4b-82fc-ece2fec989a7	memory	32-64 GiB
5d29d753-0e88-4e4b-82fc-ece2fec989a7	running	yes
5d29d753-0e88-4e4b-82fc-ece2fec989a7	ssd	yes
5d29d753-0e88-4e4b-82fc-ece2fec989a7	virtualization	vz7
5d29d753-0e88-4e4b-82fc-ece2fec989a7	vswap	yes
31d6d449-e63a-4614-8a66-562a07797427	bonding	yes
31d6d449-e63a-4614-8a66-562a07797427	container_count	1-5
31d6d449-e63a-4614-8a66-562a07797427	containers	yes
31d6d449-e63a-4614-8a66-562a07797427	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz
31d6d449-e63a-4614-8a66-562a07797427	cpu_vendor	intel
31d6d449-e63a-4614-8a66-562a07797427	ct_os	centos-6
31d6d449-e63a-4614-8a66-562a07797427	ct_os	centos-7
31d6d449-e63a-4614-8a66-562a07797427	ct_os	ubuntu-14.04
31d6d449-e63a-4614-8a66-562a07797427	distribution	virtuozzo 7
31d6d449-e63a-4614-8a66-562a07797427	guest_os	centos
31d6d449-e63a-4614-8a66-562a07797427	guest_os	windows
31d6d449-e63a-4614-8a66-562a07797427	layout	ploop
31d6d449-e63a-4614-8a66-562a07797427	memory	32-64 GiB
31d6d449-e63a-4614-8a66-562a07797427	running	yes
31d6d449-e63a-4614-8a66-562a07797427	ssd	yes
31d6d449-e63a-4614-8a66-562a07797427	virtualization	vz7
31d6d449-e63a-4614-8a66-562a07797427	vswap	yes
eb9700cd-bafc-40df-a7b5-0a008312ccb6	bonding	yes
eb9700cd-bafc-40df-a7b5-0a008312ccb6	container_count	1-5
eb9700cd-bafc-40df-a7b5-0a008312ccb6	containers	yes
eb9700cd-bafc-40df-a7b5-0a008312ccb6	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz
eb9700cd-bafc-40df-a7b5-0a008312ccb6	cpu_vendor	intel
eb9700cd-bafc-40df-a7b5-0a008312ccb6	ct_os	centos-6
eb9700cd-bafc-40df-a7b5-0a008312ccb6	ct_os	centos-7
eb9700cd-bafc-40df-a7b5-0a008312ccb6	ct_os	ubuntu-14.04
eb9700cd-bafc-40df-a7b5-0a008312ccb6	distribution	virtuozzo 7
eb9700cd-bafc-40df-a7b5-0a008312ccb6	guest_os	centos
eb9700cd-bafc-40df-a7b5-0a008312ccb6	guest_os	windows
eb9700cd-bafc-40df-a7b5-0a008312ccb6	layout	ploop
eb9700cd-bafc-40df-a7b5-0a008312ccb6	memory	32-64 GiB
eb9700cd-bafc-40df-a7b5-0a008312ccb6	running	yes
eb9700cd-bafc-40df-a7b5-0a008312ccb6	ssd	yes
eb9700cd-bafc-40df-a7b5-0a008312ccb6	virtualization	vz7
eb9700cd-bafc-40df-a7b5-0a008312ccb6	vswap	yes
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	bonding	no
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	cpu_model	AMD EPYC 7302P 16-Core Processor
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	cpu_vendor	amd
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	distribution	debian 12
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	kernel	6.1.0-26-amd64
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	memory	4-8 GiB
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	ssd	no
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	virtualization	other
f28f8424-1f7b-462c-bbd3-e0732b1e6846	bonding	no
f28f8424-1f7b-462c-bbd3-e0732b1e6846	cpu_model	AMD EPYC 7302P 16-Core Processor
f28f8424-1f7b-462c-bbd3-e0732b1e6846	cpu_vendor	amd
f28f8424-1f7b-462c-bbd3-e0732b1e6846	distribution	debian 12
f28f8424-1f7b-462c-bbd3-e0732b1e6846	kernel	6.1.0-26-amd64
f28f8424-1f7b-462c-bbd3-e0732b1e6846	memory	4-8 GiB
f28f8424-1f7b-462c-bbd3-e0732b1e6846	ssd	no
f28f8424-1f7b-462c-bbd3-e0732b1e6846	virtualization	other
85a31e9a-09a7-4423-bcbc-9409884f4223	bonding	no
85a31e9a-09a7-4423-bcbc-9409884f4223	cpu_model	AMD EPYC 7302P 16-Core Processor
85a31e9a-09a7-4423-bcbc-9409884f4223	cpu_vendor	amd
85a31e9a-09a7-4423-bcbc-9409884f4223	distribution	debian 12
85a31e9a-09a7-4423-bcbc-9409884f4223	kernel	6.1.0-26-amd64
85a31e9a-09a7-4423-bcbc-9409884f4223	memory	4-8 GiB
85a31e9a-09a7-4423-bcbc-9409884f4223	ssd	no
85a31e9a-09a7-4423-bcbc-9409884f4223	virtualization	other
f09444ea-c240-4c5b-af7f-9ed0ae16b423	bonding	no
f09444ea-c240-4c5b-af7f-9ed0ae16b423	cpu_model	AMD EPYC 7302P 16-Core Processor
f09444ea-c240-4c5b-af7f-9ed0ae16b423	cpu_vendor	amd
f09444ea-c240-4c5b-af7f-9ed0ae16b423	distribution	debian 12
f09444ea-c240-4c5b-af7f-9ed0ae16b423	kernel	6.1.0-26-amd64
f09444ea-c240-4c5b-af7f-9ed0ae16b423	memory	4-8 GiB
f09444ea-c240-4c5b-af7f-9ed0ae16b423	ssd	no
f09444ea-c240-4c5b-af7f-9ed0ae16b423	virtualization	other
a22744bc-a4b4-499a-b378-f4e9f3317332	bonding	no
a22744bc-a4b4-499a-b378-f4e9f3317332	cpu_model	AMD EPYC 7302P 16-Core Processor
a22744bc-a4b4-499a-b378-f4e9f3317332	cpu_vendor	amd
a22744bc-a4b4-499a-b378-f4e9f3317332	distribution	debian 12
a22744bc-a4b4-499a-b378-f4e9f3317332	kernel	6.1.0-26-amd64
a22744bc-a4b4-499a-b378-f4e9f3317332	memory	4-8 GiB
a22744bc-a4b4-499a-b378-f4e9f3317332	ssd	no
a22744bc-a4b4-499a-b378-f4e9f3317332	virtualization	other
f77a3a71-a168-4180-86df-a8665ef4aaef	container_count	6-20
f77a3a71-a168-4180-86df-a8665ef4aaef	containers	yes
f77a3a71-a168-4180-86df-a8665ef4aaef	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz
f77a3a71-a168-4180-86df-a8665ef4aaef	cpu_vendor	Intel
f77a3a71-a168-4180-86df-a8665ef4aaef	ct_os	centos-6
f77a3a71-a168-4180-86df-a8665ef4aaef	ct_os	debian-7.0
f77a3a71-a168-4180-86df-a8665ef4aaef	distribution	vzlinux 7.3
f77a3a71-a168-4180-86df-a8665ef4aaef	kernel	2.6.32-042stab145.3
f77a3a71-a168-4180-86df-a8665ef4aaef	layout	ploop
f77a3a71-a168-4180-86df-a8665ef4aaef	layout	simfs
f77a3a71-a168-4180-86df-a8665ef4aaef	memory	<=1 GiB
f77a3a71-a168-4180-86df-a8665ef4aaef	running	yes
f77a3a71-a168-4180-86df-a8665ef4aaef	virtualization	openvz-legacy
f77a3a71-a168-4180-86df-a8665ef4aaef	vswap	yes
f77a3a71-a168-4180-86df-a8665ef4aaef	vzctl	4.9.4
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	container_count	6-20
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	containers	yes
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	cpu_vendor	Intel
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	ct_os	centos-6
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	ct_os	debian-7.0
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	distribution	vzlinux 7.3
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	kernel	2.6.32-042stab145.3
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	layout	ploop
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	layout	simfs
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	memory	<=1 GiB
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	running	yes
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	virtualization	openvz-legacy
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	vswap	yes
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	vzctl	4.9.4
c3601b2c-18ca-4520-82e2-e5e36455db1f	container_count	6-20
c3601b2c-18ca-4520-82e2-e5e36455db1f	containers	yes
c3601b2c-18ca-4520-82e2-e5e36455db1f	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz
c3601b2c-18ca-4520-82e2-e5e36455db1f	cpu_vendor	Intel
c3601b2c-18ca-4520-82e2-e5e36455db1f	ct_os	centos-6
c3601b2c-18ca-4520-82e2-e5e36455db1f	ct_os	debian-7.0
c3601b2c-18ca-4520-82e2-e5e36455db1f	distribution	vzlinux 7.3
c3601b2c-18ca-4520-82e2-e5e36455db1f	kernel	2.6.32-042stab145.3
c3601b2c-18ca-4520-82e2-e5e36455db1f	layout	ploop
c3601b2c-18ca-4520-82e2-e5e36455db1f	layout	simfs
c3601b2c-18ca-4520-82e2-e5e36455db1f	memory	<=1 GiB
c3601b2c-18ca-4520-82e2-e5e36455db1f	running	yes
c3601b2c-18ca-4520-82e2-e5e36455db1f	virtualization	openvz-legacy
c3601b2c-18ca-4520-82e2-e5e36455db1f	vswap	yes
c3601b2c-18ca-4520-82e2-e5e36455db1f	vzctl	4.9.4
fbc858d2-2b34-43eb-b041-5e51d8b20d73	container_count	6-20
fbc858d2-2b34-43eb-b041-5e51d8b20d73	containers	yes
fbc858d2-2b34-43eb-b041-5e51d8b20d73	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz
fbc858d2-2b34-43eb-b041-5e51d8b20d73	cpu_vendor	Intel
fbc858d2-2b34-43eb-b041-5e51d8b20d73	ct_os	centos-6
fbc858d2-2b34-43eb-b041-5e51d8b20d73	ct_os	debian-7.0
fbc858d2-2b34-43eb-b041-5e51d8b20d73	distribution	vzlinux 7.3
fbc858d2-2b34-43eb-b041-5e51d8b20d73	kernel	2.6.32-042stab145.3
fbc858d2-2b34-43eb-b041-5e51d8b20d73	layout	ploop
fbc858d2-2b34-43eb-b041-5e51d8b20d73	layout	simfs
fbc858d2-2b34-43eb-b041-5e51d8b20d73	memory	<=1 GiB
fbc858d2-2b34-43eb-b041-5e51d8b20d73	running	yes
fbc858d2-2b34-43eb-b041-5e51d8b20d73	virtualization	openvz-legacy
fbc858d2-2b34-43eb-b041-5e51d8b20d73	vswap	yes
fbc858d2-2b34-43eb-b041-5e51d8b20d73	vzctl	4.9.4
7fa8b641-5c50-419e-8146-282719a7816b	container_count	6-20
7fa8b641-5c50-419e-8146-282719a7816b	containers	yes
7fa8b641-5c50-419e-8146-282719a7816b	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz
7fa8b641-5c50-419e-8146-282719a7816b	cpu_vendor	Intel
7fa8b641-5c50-419e-8146-282719a7816b	ct_os	centos-6
7fa8b641-5c50-419e-8146-282719a7816b	ct_os	debian-7.0
7fa8b641-5c50-419e-8146-282719a7816b	distribution	vzlinux 7.3
7fa8b641-5c50-419e-8146-282719a7816b	kernel	2.6.32-042stab145.3
7fa8b641-5c50-419e-8146-282719a7816b	layout	ploop
7fa8b641-5c50-419e-8146-282719a7816b	layout	simfs
7fa8b641-5c50-419e-8146-282719a7816b	memory	<=1 GiB
7fa8b641-5c50-419e-8146-282719a7816b	running	yes
7fa8b641-5c50-419e-8146-282719a7816b	virtualization	openvz-legacy
7fa8b641-5c50-419e-8146-282719a7816b	vswap	yes
7fa8b641-5c50-419e-8146-282719a7816b	vzctl	4.9.4
31ba9619-e263-4516-b3b9-6f5692045567	bonding	yes
31ba9619-e263-4516-b3b9-6f5692045567	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz
31ba9619-e263-4516-b3b9-6f5692045567	cpu_vendor	intel
31ba9619-e263-4516-b3b9-6f5692045567	distribution	virtuozzo 9
31ba9619-e263-4516-b3b9-6f5692045567	guest_os	centos
31ba9619-e263-4516-b3b9-6f5692045567	guest_os	windows
31ba9619-e263-4516-b3b9-6f5692045567	kernel	5.14.0-427.33.1.vz9.72.4
31ba9619-e263-4516-b3b9-6f5692045567	memory	32-64 GiB
31ba9619-e263-4516-b3b9-6f5692045567	ssd	yes
31ba9619-e263-4516-b3b9-6f5692045567	templates	almalinux-9
31ba9619-e263-4516-b3b9-6f5692045567	templates	centos-7
31ba9619-e263-4516-b3b9-6f5692045567	templates	ubuntu-22.04
31ba9619-e263-4516-b3b9-6f5692045567	templates	vzlinux-9
31ba9619-e263-4516-b3b9-6f5692045567	virtualization	vz9
f8a5ff51-bab8-4a8d-876a-eec35590829e	bonding	yes
f8a5ff51-bab8-4a8d-876a-eec35590829e	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz
f8a5ff51-bab8-4a8d-876a-eec35590829e	cpu_vendor	intel
f8a5ff51-bab8-4a8d-876a-eec35590829e	distribution	virtuozzo 9
f8a5ff51-bab8-4a8d-876a-eec35590829e	guest_os	centos
f8a5ff51-bab8-4a8d-876a-eec35590829e	guest_os	windows
f8a5ff51-bab8-4a8d-876a-eec35590829e	kernel	5.14.0-427.33.1.vz9.72.4
f8a5ff51-bab8-4a8d-876a-eec35590829e	memory	32-64 GiB
f8a5ff51-bab8-4a8d-876a-eec35590829e	ssd	yes
f8a5ff51-bab8-4a8d-876a-eec35590829e	templates	almalinux-9
f8a5ff51-bab8-4a8d-876a-eec35590829e	templates	centos-7
f8a5ff51-bab8-4a8d-876a-eec35590829e	templates	ubuntu-22.04
f8a5ff51-bab8-4a8d-876a-eec35590829e	templates	vzlinux-9
f8a5ff51-bab8-4a8d-876a-eec35590829e	virtualization	vz9
b2e6ff40-9d39-4c62-a555-57c5b26a4399	bonding	yes
b2e6ff40-9d39-4c62-a555-57c5b26a4399	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz
b2e6ff40-9d39-4c62-a555-57c5b26a4399	cpu_vendor	intel
b2e6ff40-9d39-4c62-a555-57c5b26a4399	distribution	virtuozzo 9
b2e6ff40-9d39-4c62-a555-57c5b26a4399	guest_os	centos
b2e6ff40-9d39-4c62-a555-57c5b26a4399	guest_os	windows
b2e6ff40-9d39-4c62-a555-57c5b26a4399	kernel	5.14.0-427.33.1.vz9.72.4
b2e6ff40-9d39-4c62-a555-57c5b26a4399	memory	32-64 GiB
b2e6ff40-9d39-4c62-a555-57c5b26a4399	ssd	yes
b2e6ff40-9d39-4c62-a555-57c5b26a4399	templates	almalinux-9
b2e6ff40-9d39-4c62-a555-57c5b26a4399	templates	centos-7
b2e6ff40-9d39-4c62-a555-57c5b26a4399	templates	ubuntu-22.04
b2e6ff40-9d39-4c62-a555-57c5b26a4399	templates	vzlinux-9
b2e6ff40-9d39-4c62-a555-57c5b26a4399	virtualization	vz9
502b875a-c8ee-43dc-8847-414b8291d166	bonding	yes
502b875a-c8ee-43dc-8847-414b8291d166	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz
502b875a-c8ee-43dc-8847-414b8291d166	cpu_vendor	intel
502b875a-c8ee-43dc-8847-414b8291d166	distribution	virtuozzo 9
502b875a-c8ee-43dc-8847-414b8291d166	guest_os	centos
502b875a-c8ee-43dc-8847-414b8291d166	guest_os	windows
502b875a-c8ee-43dc-8847-414b8291d166	kernel	5.14.0-427.33.1.vz9.72.4
502b875a-c8ee-43dc-8847-414b8291d166	memory	32-64 GiB
502b875a-c8ee-43dc-8847-414b8291d166	ssd	yes
502b875a-c8ee-43dc-8847-414b8291d166	templates	almalinux-9
502b875a-c8ee-43dc-8847-414b8291d166	templates	centos-7
502b875a-c8ee-43dc-8847-414b8291d166	templates	ubuntu-22.04
502b875a-c8ee-43dc-8847-414b8291d166	templates	vzlinux-9
502b875a-c8ee-43dc-8847-414b8291d166	virtualization	vz9
1047d0d1-1dc2-419d-adda-5859dd19c256	bonding	yes
1047d0d1-1dc2-419d-adda-5859dd19c256	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz
1047d0d1-1dc2-419d-adda-5859dd19c256	cpu_vendor	intel
1047d0d1-1dc2-419d-adda-5859dd19c256	distribution	virtuozzo 9
1047d0d1-1dc2-419d-adda-5859dd19c256	guest_os	centos
1047d0d1-1dc2-419d-adda-5859dd19c256	guest_os	windows
1047d0d1-1dc2-419d-adda-5859dd19c256	kernel	5.14.0-427.33.1.vz9.72.4
1047d0d1-1dc2-419d-adda-5859dd19c256	memory	32-64 GiB
1047d0d1-1dc2-419d-adda-5859dd19c256	ssd	yes
1047d0d1-1dc2-419d-adda-5859dd19c256	templates	almalinux-9
1047d0d1-1dc2-419d-adda-5859dd19c256	templates	centos-7
1047d0d1-1dc2-419d-adda-5859dd19c256	templates	ubuntu-22.04
1047d0d1-1dc2-419d-adda-5859dd19c256	templates	vzlinux-9
1047d0d1-1dc2-419d-adda-5859dd19c256	virtualization	vz9
213fbf5d-24e5-4fc9-86d9-426ba65bf233	bonding	no
213fbf5d-24e5-4fc9-86d9-426ba65bf233	cpu_model	AMD EPYC 7302P 16-Core Processor
213fbf5d-24e5-4fc9-86d9-426ba65bf233	cpu_vendor	amd
213fbf5d-24e5-4fc9-86d9-426ba65bf233	distribution	debian 12
213fbf5d-24e5-4fc9-86d9-426ba65bf233	kernel	6.1.0-26-amd64
213fbf5d-24e5-4fc9-86d9-426ba65bf233	memory	4-8 GiB
213fbf5d-24e5-4fc9-86d9-426ba65bf233	ssd	no
213fbf5d-24e5-4fc9-86d9-426ba65bf233	virtualization	other
91d85bf8-71d4-452b-b17e-70067c0e988e	bonding	no
91d85bf8-71d4-452b-b17e-70067c0e988e	cpu_model	AMD EPYC 7302P 16-Core Processor
91d85bf8-71d4-452b-b17e-70067c0e988e	cpu_vendor	amd
91d85bf8-71d4-452b-b17e-70067c0e988e	distribution	debian 12
91d85bf8-71d4-452b-b17e-70067c0e988e	kernel	6.1.0-26-amd64
91d85bf8-71d4-452b-b17e-70067c0e988e	memory	4-8 GiB
91d85bf8-71d4-452b-b17e-70067c0e988e	ssd	no
91d85bf8-71d4-452b-b17e-70067c0e988e	virtualization	other
7bfedbdb-ad66-4c2b-9428-a36085e2a778	bonding	no
7bfedbdb-ad66-4c2b-9428-a36085e2a778	cpu_model	AMD EPYC 7302P 16-Core Processor
7bfedbdb-ad66-4c2b-9428-a36085e2a778	cpu_vendor	amd
7bfedbdb-ad66-4c2b-9428-a36085e2a778	distribution	debian 12
7bfedbdb-ad66-4c2b-9428-a36085e2a778	kernel	6.1.0-26-amd64
7bfedbdb-ad66-4c2b-9428-a36085e2a778	memory	4-8 GiB
7bfedbdb-ad66-4c2b-9428-a36085e2a778	ssd	no
7bfedbdb-ad66-4c2b-9428-a36085e2a778	virtualization	other
cbb82acc-160b-40be-8fc6-d4ec5408629b	bonding	no
cbb82acc-160b-40be-8fc6-d4ec5408629b	cpu_model	AMD EPYC 7302P 16-Core Processor
cbb82acc-160b-40be-8fc6-d4ec5408629b	cpu_vendor	amd
cbb82acc-160b-40be-8fc6-d4ec5408629b	distribution	debian 12
cbb82acc-160b-40be-8fc6-d4ec5408629b	kernel	6.1.0-26-amd64
cbb82acc-160b-40be-8fc6-d4ec5408629b	memory	4-8 GiB
cbb82acc-160b-40be-8fc6-d4ec5408629b	ssd	no
cbb82acc-160b-40be-8fc6-d4ec5408629b	virtualization	other
0d1d68a7-0a31-452d-ac11-ed618a9962ae	bonding	no
0d1d68a7-0a31-452d-ac11-ed618a9962ae	cpu_model	AMD EPYC 7302P 16-Core Processor
0d1d68a7-0a31-452d-ac11-ed618a9962ae	cpu_vendor	amd
0d1d68a7-0a31-452d-ac11-ed618a9962ae	distribution	debian 12
0d1d68a7-0a31-452d-ac11-ed618a9962ae	kernel	6.1.0-26-amd64
0d1d68a7-0a31-452d-ac11-ed618a9962ae	memory	4-8 GiB
0d1d68a7-0a31-452d-ac11-ed618a9962ae	ssd	no
0d1d68a7-0a31-452d-ac11-ed618a9962ae	virtualization	other
59ce6aa5-70b9-47bc-87f3-762113237531	bonding	no
59ce6aa5-70b9-47bc-87f3-762113237531	container_count	6-20
59ce6aa5-70b9-47bc-87f3-762113237531	containers	yes
59ce6aa5-70b9-47bc-87f3-762113237531	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz
59ce6aa5-70b9-47bc-87f3-762113237531	cpu_vendor	intel
59ce6aa5-70b9-47bc-87f3-762113237531	ct_os	centos-6
59ce6aa5-70b9-47bc-87f3-762113237531	ct_os	debian-7
59ce6aa5-70b9-47bc-87f3-762113237531	ct_os	other
59ce6aa5-70b9-47bc-87f3-762113237531	ct_os	ubuntu-14.04
59ce6aa5-70b9-47bc-87f3-762113237531	distribution	centos 6.10
59ce6aa5-70b9-47bc-87f3-762113237531	kernel	2.6.32-042stab145.3
59ce6aa5-70b9-47bc-87f3-762113237531	layout	simfs
59ce6aa5-70b9-47bc-87f3-762113237531	memory	<=1 GiB
59ce6aa5-70b9-47bc-87f3-762113237531	running	yes
59ce6aa5-70b9-47bc-87f3-762113237531	ssd	yes
59ce6aa5-70b9-47bc-87f3-762113237531	virtualization	openvz-legacy
59ce6aa5-70b9-47bc-87f3-762113237531	vswap	yes
cd191280-0338-49dc-949b-5d384bcaac84	bonding	no
cd191280-0338-49dc-949b-5d384bcaac84	container_count	6-20
cd191280-0338-49dc-949b-5d384bcaac84	containers	yes
cd191280-0338-49dc-949b-5d384bcaac84	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz
cd191280-0338-49dc-949b-5d384bcaac84	cpu_vendor	intel
cd191280-0338-49dc-949b-5d384bcaac84	ct_os	centos-6
cd191280-0338-49dc-949b-5d384bcaac84	ct_os	debian-7
cd191280-0338-49dc-949b-5d384bcaac84	ct_os	other
cd191280-0338-49dc-949b-5d384bcaac84	ct_os	ubuntu-14.04
cd191280-0338-49dc-949b-5d384bcaac84	distribution	centos 6.10
cd191280-0338-49dc-949b-5d384bcaac84	kernel	2.6.32-042stab145.3
cd191280-0338-49dc-949b-5d384bcaac84	layout	simfs
cd191280-0338-49dc-949b-5d384bcaac84	memory	<=1 GiB
cd191280-0338-49dc-949b-5d384bcaac84	running	yes
cd191280-0338-49dc-949b-5d384bcaac84	ssd	yes
cd191280-0338-49dc-949b-5d384bcaac84	virtualization	openvz-legacy
cd191280-0338-49dc-949b-5d384bcaac84	vswap	yes
0e00363f-77c3-4630-bef3-3e25134c70c7	bonding	no
0e00363f-77c3-4630-bef3-3e25134c70c7	container_count	6-20
0e00363f-77c3-4630-bef3-3e25134c70c7	containers	yes
0e00363f-77c3-4630-bef3-3e25134c70c7	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz
0e00363f-77c3-4630-bef3-3e25134c70c7	cpu_vendor	intel
0e00363f-77c3-4630-bef3-3e25134c70c7	ct_os	centos-6
0e00363f-77c3-4630-bef3-3e25134c70c7	ct_os	debian-7
0e00363f-77c3-4630-bef3-3e25134c70c7	ct_os	other
0e00363f-77c3-4630-bef3-3e25134c70c7	ct_os	ubuntu-14.04
0e00363f-77c3-4630-bef3-3e25134c70c7	distribution	centos 6.10
0e00363f-77c3-4630-bef3-3e25134c70c7	kernel	2.6.32-042stab145.3
0e00363f-77c3-4630-bef3-3e25134c70c7	layout	simfs
0e00363f-77c3-4630-bef3-3e25134c70c7	memory	<=1 GiB
0e00363f-77c3-4630-bef3-3e25134c70c7	running	yes
0e00363f-77c3-4630-bef3-3e25134c70c7	ssd	yes
0e00363f-77c3-4630-bef3-3e25134c70c7	virtualization	openvz-legacy
0e00363f-77c3-4630-bef3-3e25134c70c7	vswap	yes
6432abc7-e99a-4aa3-a992-d2b8955e4d41	bonding	no
6432abc7-e99a-4aa3-a992-d2b8955e4d41	container_count	6-20
6432abc7-e99a-4aa3-a992-d2b8955e4d41	containers	yes
6432abc7-e99a-4aa3-a992-d2b8955e4d41	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz
6432abc7-e99a-4aa3-a992-d2b8955e4d41	cpu_vendor	intel
6432abc7-e99a-4aa3-a992-d2b8955e4d41	ct_os	centos-6
6432abc7-e99a-4aa3-a992-d2b8955e4d41	ct_os	debian-7
6432abc7-e99a-4aa3-a992-d2b8955e4d41	ct_os	other
6432abc7-e99a-4aa3-a992-d2b8955e4d41	ct_os	ubuntu-14.04
6432abc7-e99a-4aa3-a992-d2b8955e4d41	distribution	centos 6.10
6432abc7-e99a-4aa3-a992-d2b8955e4d41	kernel	2.6.32-042stab145.3
6432abc7-e99a-4aa3-a992-d2b8955e4d41	layout	simfs
6432abc7-e99a-4aa3-a992-d2b8955e4d41	memory	<=1 GiB
6432abc7-e99a-4aa3-a992-d2b8955e4d41	running	yes
6432abc7-e99a-4aa3-a992-d2b8955e4d41	ssd	yes
6432abc7-e99a-4aa3-a992-d2b8955e4d41	virtualization	openvz-legacy
6432abc7-e99a-4aa3-a992-d2b8955e4d41	vswap	yes
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	bonding	no
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	container_count	6-20
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	containers	yes
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	cpu_vendor	intel
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	ct_os	centos-6
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	ct_os	debian-7
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	ct_os	other
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	ct_os	ubuntu-14.04
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	distribution	centos 6.10
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	kernel	2.6.32-042stab145.3
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	layout	simfs
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	memory	<=1 GiB
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	running	yes
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	ssd	yes
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	virtualization	openvz-legacy
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	vswap	yes
d75985c9-475a-41af-ad58-69bd3fbfb596	container_count	6-20
d75985c9-475a-41af-ad58-69bd3fbfb596	containers	yes
d75985c9-475a-41af-ad58-69bd3fbfb596	cpu_model	Intel(R) Core(TM)2 CPU T7400 @ 2.16GHz
d75985c9-475a-41af-ad58-69bd3fbfb596	cpu_vendor	Intel
d75985c9-475a-41af-ad58-69bd3fbfb596	ct_os	debian-7.0
d75985c9-475a-41af-ad58-69bd3fbfb596	ct_os	ubuntu-12.04
d75985c9-475a-41af-ad58-69bd3fbfb596	distribution	vzlinux 7.3
d75985c9-475a-41af-ad58-69bd3fbfb596	kernel	2.6.32-042stab134.8
d75985c9-475a-41af-ad58-69bd3fbfb596	layout	ploop
d75985c9-475a-41af-ad58-69bd3fbfb596	layout	simfs
d75985c9-475a-41af-ad58-69bd3fbfb596	memory	<=1 GiB
d75985c9-475a-41af-ad58-69bd3fbfb596	running	yes
d75985c9-475a-41af-ad58-69bd3fbfb596	virtualization	openvz-legacy
d75985c9-475a-41af-ad58-69bd3fbfb596	vswap	yes
715ba171-c0de-4a15-9950-b5024eb295fc	container_count	6-20
715ba171-c0de-4a15-9950-b5024eb295fc	containers	yes
715ba171-c0de-4a15-9950-b5024eb295fc	cpu_model	Intel(R) Core(TM)2 CPU T7400 @ 2.16GHz
715ba171-c0de-4a15-9950-b5024eb295fc	cpu_vendor	Intel
715ba171-c0de-4a15-9950-b5024eb295fc	ct_os	debian-7.0
715ba171-c0de-4a15-9950-b5024eb295fc	ct_os	ubuntu-12.04
715ba171-c0de-4a15-9950-b5024eb295fc	distribution	vzlinux 7.3
715ba171-c0de-4a15-9950-b5024eb295fc	kernel	2.6.32-042stab134.8
715ba171-c0de-4a15-9950-b5024eb295fc	layout	ploop
715ba171-c0de-4a15-9950-b5024eb295fc	layout	simfs
715ba171-c0de-4a15-9950-b5024eb295fc	memory	<=1 GiB
715ba171-c0de-4a15-9950-b5024eb295fc	running	yes
715ba171-c0de-4a15-9950-b5024eb295fc	virtualization	openvz-legacy
715ba171-c0de-4a15-9950-b5024eb295fc	vswap	yes
1a813460-3468-41f9-b8ea-400721f158f0	container_count	6-20
1a813460-3468-41f9-b8ea-400721f158f0	containers	yes
1a813460-3468-41f9-b8ea-400721f158f0	cpu_model	Intel(R) Core(TM)2 CPU T7400 @ 2.16GHz
1a813460-3468-41f9-b8ea-400721f158f0	cpu_vendor	Intel
1a813460-3468-41f9-b8ea-400721f158f0	ct_os	debian-7.0
1a813460-3468-41f9-b8ea-400721f158f0	ct_os	ubuntu-12.04
1a813460-3468-41f9-b8ea-400721f158f0	distribution	vzlinux 7.3
1a813460-3468-41f9-b8ea-400721f158f0	kernel	2.6.32-042stab134.8
1a813460-3468-41f9-b8ea-400721f158f0	layout	ploop
1a813460-3468-41f9-b8ea-400721f158f0	layout	simfs
1a813460-3468-41f9-b8ea-400721f158f0	memory	<=1 GiB
1a813460-3468-41f9-b8ea-400721f158f0	running	yes
1a813460-3468-41f9-b8ea-400721f158f0	virtualization	openvz-legacy
1a813460-3468-41f9-b8ea-400721f158f0	vswap	yes
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	bonding	yes
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	container_count	1-5
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	containers	yes
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	cpu_vendor	intel
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	ct_os	centos-7
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	ct_os	other
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	ct_os	ubuntu-16.04
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	distribution	virtuozzo 7
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	guest_os	centos
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	guest_os	windows
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	kernel	3.10.0-1160.80.1.vz7.191.4
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	layout	ploop
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	memory	32-64 GiB
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	running	yes
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	ssd	yes
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	templates	centos-6
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	virtualization	vz7
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	vswap	yes
03f1b2f5-f889-4588-b8df-d423c4a48c86	bonding	yes
03f1b2f5-f889-4588-b8df-d423c4a48c86	container_count	1-5
03f1b2f5-f889-4588-b8df-d423c4a48c86	containers	yes
03f1b2f5-f889-4588-b8df-d423c4a48c86	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz
03f1b2f5-f889-4588-b8df-d423c4a48c86	cpu_vendor	intel
03f1b2f5-f889-4588-b8df-d423c4a48c86	ct_os	centos-7
03f1b2f5-f889-4588-b8df-d423c4a48c86	ct_os	other
03f1b2f5-f889-4588-b8df-d423c4a48c86	ct_os	ubuntu-16.04
03f1b2f5-f889-4588-b8df-d423c4a48c86	distribution	virtuozzo 7
03f1b2f5-f889-4588-b8df-d423c4a48c86	guest_os	centos
03f1b2f5-f889-4588-b8df-d423c4a48c86	guest_os	windows
03f1b2f5-f889-4588-b8df-d423c4a48c86	kernel	3.10.0-1160.80.1.vz7.191.4
03f1b2f5-f889-4588-b8df-d423c4a48c86	layout	ploop
03f1b2f5-f889-4588-b8df-d423c4a48c86	memory	32-64 GiB
03f1b2f5-f889-4588-b8df-d423c4a48c86	running	yes
03f1b2f5-f889-4588-b8df-d423c4a48c86	ssd	yes
03f1b2f5-f889-4588-b8df-d423c4a48c86	templates	centos-6
03f1b2f5-f889-4588-b8df-d423c4a48c86	virtualization	vz7
03f1b2f5-f889-4588-b8df-d423c4a48c86	vswap	yes
10d028b7-2096-4f18-ba9a-ff806979ddf7	bonding	yes
10d028b7-2096-4f18-ba9a-ff806979ddf7	container_count	1-5
10d028b7-2096-4f18-ba9a-ff806979ddf7	containers	yes
10d028b7-2096-4f18-ba9a-ff806979ddf7	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz
10d028b7-2096-4f18-ba9a-ff806979ddf7	cpu_vendor	intel
10d028b7-2096-4f18-ba9a-ff806979ddf7	ct_os	centos-7
10d028b7-2096-4f18-ba9a-ff806979ddf7	ct_os	other
10d028b7-2096-4f18-ba9a-ff806979ddf7	ct_os	ubuntu-16.04
10d028b7-2096-4f18-ba9a-ff806979ddf7	distribution	virtuozzo 7
10d028b7-2096-4f18-ba9a-ff806979ddf7	guest_os	centos
10d028b7-2096-4f18-ba9a-ff806979ddf7	guest_os	windows
10d028b7-2096-4f18-ba9a-ff806979ddf7	kernel	3.10.0-1160.80.1.vz7.191.4
10d028b7-2096-4f18-ba9a-ff806979ddf7	layout	ploop
10d028b7-2096-4f18-ba9a-ff806979ddf7	memory	32-64 GiB
10d028b7-2096-4f18-ba9a-ff806979ddf7	running	yes
10d028b7-2096-4f18-ba9a-ff806979ddf7	ssd	yes
10d028b7-2096-4f18-ba9a-ff806979ddf7	templates	centos-6
10d028b7-2096-4f18-ba9a-ff806979ddf7	virtualization	vz7
10d028b7-2096-4f18-ba9a-ff806979ddf7	vswap	yes
a3997855-16f0-4b80-9944-1b6e8941c40a	bonding	yes
a3997855-16f0-4b80-9944-1b6e8941c40a	container_count	1-5
a3997855-16f0-4b80-9944-1b6e8941c40a	containers	yes
a3997855-16f0-4b80-9944-1b6e8941c40a	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz
a3997855-16f0-4b80-9944-1b6e8941c40a	cpu_vendor	intel
a3997855-16f0-4b80-9944-1b6e8941c40a	ct_os	centos-7
a3997855-16f0-4b80-9944-1b6e8941c40a	ct_os	other
a3997855-16f0-4b80-9944-1b6e8941c40a	ct_os	ubuntu-16.04
a3997855-16f0-4b80-9944-1b6e8941c40a	distribution	virtuozzo 7
a3997855-16f0-4b80-9944-1b6e8941c40a	guest_os	centos
a3997855-16f0-4b80-9944-1b6e8941c40a	guest_os	windows
a3997855-16f0-4b80-9944-1b6e8941c40a	kernel	3.10.0-1160.80.1.vz7.191.4
a3997855-16f0-4b80-9944-1b6e8941c40a	layout	ploop
a3997855-16f0-4b80-9944-1b6e8941c40a	memory	32-64 GiB
a3997855-16f0-4b80-9944-1b6e8941c40a	running	yes
a3997855-16f0-4b80-9944-1b6e8941c40a	ssd	yes
a3997855-16f0-4b80-9944-1b6e8941c40a	templates	centos-6
a3997855-16f0-4b80-9944-1b6e8941c40a	virtualization	vz7
a3997855-16f0-4b80-9944-1b6e8941c40a	vswap	yes
464064af-3816-47c7-ae0c-e7bee87acb41	bonding	yes
464064af-3816-47c7-ae0c-e7bee87acb41	container_count	1-5
464064af-3816-47c7-ae0c-e7bee87acb41	containers	yes
464064af-3816-47c7-ae0c-e7bee87acb41	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz
464064af-3816-47c7-ae0c-e7bee87acb41	cpu_vendor	intel
464064af-3816-47c7-ae0c-e7bee87acb41	ct_os	centos-7
464064af-3816-47c7-ae0c-e7bee87acb41	ct_os	other
464064af-3816-47c7-ae0c-e7bee87acb41	ct_os	ubuntu-16.04
464064af-3816-47c7-ae0c-e7bee87acb41	distribution	virtuozzo 7
464064af-3816-47c7-ae0c-e7bee87acb41	guest_os	centos
464064af-3816-47c7-ae0c-e7bee87acb41	guest_os	windows
464064af-3816-47c7-ae0c-e7bee87acb41	kernel	3.10.0-1160.80.1.vz7.191.4
464064af-3816-47c7-ae0c-e7bee87acb41	layout	ploop
464064af-3816-47c7-ae0c-e7bee87acb41	memory	32-64 GiB
464064af-3816-47c7-ae0c-e7bee87acb41	running	yes
464064af-3816-47c7-ae0c-e7bee87acb41	ssd	yes
464064af-3816-47c7-ae0c-e7bee87acb41	templates	centos-6
464064af-3816-47c7-ae0c-e7bee87acb41	virtualization	vz7
464064af-3816-47c7-ae0c-e7bee87acb41	vswap	yes
a67d5df8-aa77-4c4c-a04a-d9998f54394b	bonding	yes
a67d5df8-aa77-4c4c-a04a-d9998f54394b	container_count	1-5
a67d5df8-aa77-4c4c-a04a-d9998f54394b	containers	yes
a67d5df8-aa77-4c4c-a04a-d9998f54394b	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz
a67d5df8-aa77-4c4c-a04a-d9998f54394b	cpu_vendor	intel
a67d5df8-aa77-4c4c-a04a-d9998f54394b	ct_os	centos-7
a67d5df8-aa77-4c4c-a04a-d9998f54394b	ct_os	other
a67d5df8-aa77-4c4c-a04a-d9998f54394b	ct_os	ubuntu-16.04
a67d5df8-aa77-4c4c-a04a-d9998f54394b	distribution	virtuozzo 7
a67d5df8-aa77-4c4c-a04a-d9998f54394b	guest_os	centos
a67d5df8-aa77-4c4c-a04a-d9998f54394b	guest_os	windows
a67d5df8-aa77-4c4c-a04a-d9998f54394b	kernel	3.10.0-1160.80.1.vz7.191.4
a67d5df8-aa77-4c4c-a04a-d9998f54394b	layout	ploop
a67d5df8-aa77-4c4c-a04a-d9998f54394b	memory	128-256 GiB
a67d5df8-aa77-4c4c-a04a-d9998f54394b	running	yes
a67d5df8-aa77-4c4c-a04a-d9998f54394b	ssd	yes
a67d5df8-aa77-4c4c-a04a-d9998f54394b	templates	centos-6
a67d5df8-aa77-4c4c-a04a-d9998f54394b	virtualization	vz7
a67d5df8-aa77-4c4c-a04a-d9998f54394b	vswap	yes
8a0c9444-15a3-48f7-a5da-10df6c3497cf	bonding	yes
8a0c9444-15a3-48f7-a5da-10df6c3497cf	container_count	1-5
8a0c9444-15a3-48f7-a5da-10df6c3497cf	containers	yes
8a0c9444-15a3-48f7-a5da-10df6c3497cf	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz
8a0c9444-15a3-48f7-a5da-10df6c3497cf	cpu_vendor	intel
8a0c9444-15a3-48f7-a5da-10df6c3497cf	ct_os	centos-7
8a0c9444-15a3-48f7-a5da-10df6c3497cf	ct_os	other
8a0c9444-15a3-48f7-a5da-10df6c3497cf	ct_os	ubuntu-16.04
8a0c9444-15a3-48f7-a5da-10df6c3497cf	distribution	virtuozzo 7
8a0c9444-15a3-48f7-a5da-10df6c3497cf	guest_os	centos
8a0c9444-15a3-48f7-a5da-10df6c3497cf	guest_os	windows
8a0c9444-15a3-48f7-a5da-10df6c3497cf	kernel	3.10.0-1160.80.1.vz7.191.4
8a0c9444-15a3-48f7-a5da-10df6c3497cf	layout	ploop
8a0c9444-15a3-48f7-a5da-10df6c3497cf	memory	128-256 GiB
8a0c9444-15a3-48f7-a5da-10df6c3497cf	running	yes
8a0c9444-15a3-48f7-a5da-10df6c3497cf	ssd	yes
8a0c9444-15a3-48f7-a5da-10df6c3497cf	templates	centos-6
8a0c9444-15a3-48f7-a5da-10df6c3497cf	virtualization	vz7
8a0c9444-15a3-48f7-a5da-10df6c3497cf	vswap	yes
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	bonding	yes
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	container_count	1-5
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	containers	yes
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	cpu_vendor	intel
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	ct_os	centos-7
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	ct_os	other
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	ct_os	ubuntu-16.04
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	distribution	virtuozzo 7
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	guest_os	centos
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	guest_os	windows
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	kernel	3.10.0-1160.80.1.vz7.191.4
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	layout	ploop
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	memory	128-256 GiB
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	running	yes
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	ssd	yes
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	templates	centos-6
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	virtualization	vz7
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	vswap	yes
6d5949ca-4785-4b2c-b863-d9df8c283331	bonding	yes
6d5949ca-4785-4b2c-b863-d9df8c283331	container_count	1-5
6d5949ca-4785-4b2c-b863-d9df8c283331	containers	yes
6d5949ca-4785-4b2c-b863-d9df8c283331	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz
6d5949ca-4785-4b2c-b863-d9df8c283331	cpu_vendor	intel
6d5949ca-4785-4b2c-b863-d9df8c283331	ct_os	centos-7
6d5949ca-4785-4b2c-b863-d9df8c283331	ct_os	other
6d5949ca-4785-4b2c-b863-d9df8c283331	ct_os	ubuntu-16.04
6d5949ca-4785-4b2c-b863-d9df8c283331	distribution	virtuozzo 7
6d5949ca-4785-4b2c-b863-d9df8c283331	guest_os	centos
6d5949ca-4785-4b2c-b863-d9df8c283331	guest_os	windows
6d5949ca-4785-4b2c-b863-d9df8c283331	kernel	3.10.0-1160.80.1.vz7.191.4
6d5949ca-4785-4b2c-b863-d9df8c283331	layout	ploop
6d5949ca-4785-4b2c-b863-d9df8c283331	memory	128-256 GiB
6d5949ca-4785-4b2c-b863-d9df8c283331	running	yes
6d5949ca-4785-4b2c-b863-d9df8c283331	ssd	yes
6d5949ca-4785-4b2c-b863-d9df8c283331	templates	centos-6
6d5949ca-4785-4b2c-b863-d9df8c283331	virtualization	vz7
6d5949ca-4785-4b2c-b863-d9df8c283331	vswap	yes
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	bonding	yes
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	container_count	1-5
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	containers	yes
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	cpu_vendor	intel
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	ct_os	centos-7
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	ct_os	other
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	ct_os	ubuntu-16.04
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	distribution	virtuozzo 7
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	guest_os	centos
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	guest_os	windows
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	kernel	3.10.0-1160.80.1.vz7.191.4
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	layout	ploop
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	memory	128-256 GiB
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	running	yes
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	ssd	yes
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	templates	centos-6
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	virtualization	vz7
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	vswap	yes
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	kernel	3.10.0-1160.80.1.vz7.191.4
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	templates	centos-7
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	templates	debian-9.0
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	templates	ubuntu-16.04
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	templates	vzlinux-7
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	kernel	3.10.0-1160.80.1.vz7.191.4
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	templates	centos-7
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	templates	debian-9.0
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	templates	ubuntu-16.04
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	templates	vzlinux-7
5d29d753-0e88-4e4b-82fc-ece2fec989a7	kernel	3.10.0-1160.80.1.vz7.191.4
5d29d753-0e88-4e4b-82fc-ece2fec989a7	templates	centos-7
5d29d753-0e88-4e4b-82fc-ece2fec989a7	templates	debian-9.0
5d29d753-0e88-4e4b-82fc-ece2fec989a7	templates	ubuntu-16.04
5d29d753-0e88-4e4b-82fc-ece2fec989a7	templates	vzlinux-7
31d6d449-e63a-4614-8a66-562a07797427	kernel	3.10.0-1160.80.1.vz7.191.4
31d6d449-e63a-4614-8a66-562a07797427	templates	centos-7
31d6d449-e63a-4614-8a66-562a07797427	templates	debian-9.0
31d6d449-e63a-4614-8a66-562a07797427	templates	ubuntu-16.04
31d6d449-e63a-4614-8a66-562a07797427	templates	vzlinux-7
eb9700cd-bafc-40df-a7b5-0a008312ccb6	kernel	3.10.0-1160.80.1.vz7.191.4
eb9700cd-bafc-40df-a7b5-0a008312ccb6	templates	centos-7
eb9700cd-bafc-40df-a7b5-0a008312ccb6	templates	debian-9.0
eb9700cd-bafc-40df-a7b5-0a008312ccb6	templates	ubuntu-16.04
eb9700cd-bafc-40df-a7b5-0a008312ccb6	templates	vzlinux-7
\.


--
-- Data for Name: hosts; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.hosts (host_id, first_seen, last_seen, reports) FROM stdin;
31ba9619-e263-4516-b3b9-6f5692045567	1785232800	1785232800	1
f8a5ff51-bab8-4a8d-876a-eec35590829e	1785232800	1785232800	1
b2e6ff40-9d39-4c62-a555-57c5b26a4399	1785232800	1785232800	1
502b875a-c8ee-43dc-8847-414b8291d166	1785232800	1785232800	1
1047d0d1-1dc2-419d-adda-5859dd19c256	1785232800	1785232800	1
0e00363f-77c3-4630-bef3-3e25134c70c7	1787047200	1793700000	3
6432abc7-e99a-4aa3-a992-d2b8955e4d41	1787047200	1793700000	3
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	1787047200	1793700000	3
213fbf5d-24e5-4fc9-86d9-426ba65bf233	1785232800	1789466400	3
91d85bf8-71d4-452b-b17e-70067c0e988e	1785232800	1789466400	3
7bfedbdb-ad66-4c2b-9428-a36085e2a778	1785232800	1789466400	3
cbb82acc-160b-40be-8fc6-d4ec5408629b	1785232800	1789466400	3
0d1d68a7-0a31-452d-ac11-ed618a9962ae	1785232800	1789466400	3
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	1792490400	1795514400	4
03f1b2f5-f889-4588-b8df-d423c4a48c86	1792490400	1795514400	4
10d028b7-2096-4f18-ba9a-ff806979ddf7	1792490400	1795514400	4
a3997855-16f0-4b80-9944-1b6e8941c40a	1792490400	1795514400	4
464064af-3816-47c7-ae0c-e7bee87acb41	1792490400	1795514400	4
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	1785232800	1795514400	5
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	1785232800	1795514400	5
5d29d753-0e88-4e4b-82fc-ece2fec989a7	1785232800	1795514400	5
31d6d449-e63a-4614-8a66-562a07797427	1785232800	1795514400	5
eb9700cd-bafc-40df-a7b5-0a008312ccb6	1785232800	1795514400	5
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	1785232800	1795514400	4
f28f8424-1f7b-462c-bbd3-e0732b1e6846	1785232800	1795514400	4
85a31e9a-09a7-4423-bcbc-9409884f4223	1785232800	1795514400	4
f09444ea-c240-4c5b-af7f-9ed0ae16b423	1785232800	1795514400	4
a22744bc-a4b4-499a-b378-f4e9f3317332	1785232800	1795514400	4
a67d5df8-aa77-4c4c-a04a-d9998f54394b	1794477600	1795514400	2
8a0c9444-15a3-48f7-a5da-10df6c3497cf	1794477600	1795514400	2
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	1794477600	1795514400	2
6d5949ca-4785-4b2c-b863-d9df8c283331	1794477600	1795514400	2
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	1794477600	1795514400	2
f77a3a71-a168-4180-86df-a8665ef4aaef	1785232800	1795514400	6
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	1785232800	1795514400	7
59ce6aa5-70b9-47bc-87f3-762113237531	1787047200	1793700000	3
cd191280-0338-49dc-949b-5d384bcaac84	1787047200	1793700000	3
c3601b2c-18ca-4520-82e2-e5e36455db1f	1785232800	1795514400	6
fbc858d2-2b34-43eb-b041-5e51d8b20d73	1785232800	1795514400	6
7fa8b641-5c50-419e-8146-282719a7816b	1785232800	1795514400	6
d75985c9-475a-41af-ad58-69bd3fbfb596	1789466400	1794909600	2
715ba171-c0de-4a15-9950-b5024eb295fc	1789466400	1794909600	2
1a813460-3468-41f9-b8ea-400721f158f0	1789466400	1794909600	2
\.


--
-- Data for Name: reports; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.reports (report_id, client_id, received_at, sha256, protocol) FROM stdin;
018cbfaf-fbe9-46db-9d07-bae79d017dac	74401e6c-6b8c-4305-a2c7-a8cef1ace04e	1785232800	c6905672b0b7e8dfa93014ca4378794e8f1e6b4f0dec5a08a81997ab3f5f8c9a	native
c4a8e9ab-00a6-408a-9231-bd5bcbccc1e5	35e05ffa-a573-4e0d-b010-7e8d0fa6665e	1785232800	1881f7033f85d36c076607cd8352b15db7137c9ad8b5e41aa0270ea4eaa4e51d	native
4a49d78d-96d3-4783-ab8f-60286c205862	5d29d753-0e88-4e4b-82fc-ece2fec989a7	1785232800	98a9ae30338933070c6ce368167b5dadc38f766609fe433dbf54c252c553f7ab	native
19910f67-2653-4504-aa6e-74bd0a36bd94	31d6d449-e63a-4614-8a66-562a07797427	1785232800	30461d279faf30f55494a70515a17c1b3e03cc23e6fdf9f3f3d5223b5d4490e6	native
a7c8b488-1be4-4310-98b7-00d086a4378c	eb9700cd-bafc-40df-a7b5-0a008312ccb6	1785232800	6aa855dffe094d7d4c4d94b608de58cf0fb11577c2a061f7d95c79ba03b39c15	native
a6e93927-b0ad-4532-93b2-412993bc1732	6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	1785232800	5743b29453d221d9444d0b9e31c375331785b4230b557e30d80cca196382c259	disp
3c26aec9-42ae-42b4-b531-ba1708dd15da	f28f8424-1f7b-462c-bbd3-e0732b1e6846	1785232800	c9254e14e29cde31587a5a839aae3c5115d9559001a35b255480c36ac63efb8e	disp
1b4c984a-eac7-495a-a542-e087a50b3a4c	85a31e9a-09a7-4423-bcbc-9409884f4223	1785232800	61e55a1552dbe6261a426762d9d4e93a3c258c63465034eac92fc3e03a42cb38	disp
18f03159-6b02-4a01-8eb9-c634f024b2e2	f09444ea-c240-4c5b-af7f-9ed0ae16b423	1785232800	7bde17e25d5cb10f2ccc85987bf1bfb29d7741093e77610506b03dc72c8a1a6e	disp
5eb287c0-fe42-4dd4-8bc3-7bd2930399c0	a22744bc-a4b4-499a-b378-f4e9f3317332	1785232800	b7595a6aa11ad08670d1409c8bb9671668cfff6012b39303eabb9b1bfcb8a619	disp
288e384e-f75a-4f19-bef9-8b7501ad2273	f77a3a71-a168-4180-86df-a8665ef4aaef	1785232800	2ba76bbf6830aa81cbdbbb7252ec135d65b1678b79164cc226424504f544dacb	vzstats
07d2ae7d-9ca8-4b7d-95f7-bd61b7ca0429	ebecc7af-16a1-4bab-a4eb-10bb08bd262d	1785232800	2ba76bbf6830aa81cbdbbb7252ec135d65b1678b79164cc226424504f544dacb	vzstats
e3457b16-b6b5-4b98-b862-23cf4a1548ad	c3601b2c-18ca-4520-82e2-e5e36455db1f	1785232800	2ba76bbf6830aa81cbdbbb7252ec135d65b1678b79164cc226424504f544dacb	vzstats
36bdbd07-a003-4f67-b258-d19201b69263	fbc858d2-2b34-43eb-b041-5e51d8b20d73	1785232800	2ba76bbf6830aa81cbdbbb7252ec135d65b1678b79164cc226424504f544dacb	vzstats
b389f71c-5ab0-421b-a0f3-537a13164739	7fa8b641-5c50-419e-8146-282719a7816b	1785232800	2ba76bbf6830aa81cbdbbb7252ec135d65b1678b79164cc226424504f544dacb	vzstats
0616394d-1ad2-4d97-9599-040489ac78f5	31ba9619-e263-4516-b3b9-6f5692045567	1785232800	7bd5e0be194e72b851797cbe869552af97be952cf09698005cc90afedd45c37d	native
1bde79ab-c22d-487d-b58e-cec58a8f86d5	f8a5ff51-bab8-4a8d-876a-eec35590829e	1785232800	9a4ad59d145481309b1670208d046ae816c2e3d42e0157a55d34fea1e33221f9	native
145224c6-0121-4eb7-a8f9-f49fc186caab	b2e6ff40-9d39-4c62-a555-57c5b26a4399	1785232800	f8e49dfa23d296d3bd91783ca62c2231f501d9a7cd0f87efef1f0d38226cabe0	native
1b744be1-0feb-48b6-b814-67a91975a607	502b875a-c8ee-43dc-8847-414b8291d166	1785232800	b5a390567ffe51fda61031bb9b3569fe3e87d09b5dc231274d3a835000d4718e	native
b410badf-9ddd-4d3b-a4f1-0e26444e17aa	1047d0d1-1dc2-419d-adda-5859dd19c256	1785232800	e363125d89f3134ebd352c05025561612cf4c69f329fe3760643bb64d5f4afc0	native
f07e62ac-9c97-400c-8d18-26a3516654e1	213fbf5d-24e5-4fc9-86d9-426ba65bf233	1785232800	d8dda163f5bbe05c8d8ee58e3b4eb449e12d603fad6ac29bbd58a851df6d0832	disp
5dcf83f3-6830-483f-9898-fbe91d5e89e9	91d85bf8-71d4-452b-b17e-70067c0e988e	1785232800	06bfdc538a5f47258b63a38e685dda0ddce83d20757d83bc0600876875eb1623	disp
c07f56b5-c419-46ac-9fda-f5e015a1f2fe	7bfedbdb-ad66-4c2b-9428-a36085e2a778	1785232800	4b9b5138400dc88797b40a1bc5d99f0a49b095bd9d15f101c02c2e2b99b8aef4	disp
ceb0cd67-6b3b-4b7f-aab2-48f728366324	cbb82acc-160b-40be-8fc6-d4ec5408629b	1785232800	7bb5293f0fa66c317f4ea997584f09c2579848495cecdaf7f236e9908875cda4	disp
599fd574-9031-40a5-adc9-953e2604249d	0d1d68a7-0a31-452d-ac11-ed618a9962ae	1785232800	94ac11ec5628662cc0d32a3112ff2278224833e295e8a74be534cfb0d1ad80af	disp
e7a9dd07-97f3-4067-a2a1-65b187da04a3	59ce6aa5-70b9-47bc-87f3-762113237531	1787047200	ea2a7832824582dbd71561fd8f3bffeb353eb4b78256cbb121064d084d2bcef6	native
90602f27-a2e4-4620-a26a-cd77b7c0437e	cd191280-0338-49dc-949b-5d384bcaac84	1787047200	9955e4b2265fcf9bb0f4bbbc5c1cef25e1c1e3cc29ea28663384fca486a2637d	native
f5bbc0c0-f859-4b5d-bf77-eb49a6b2e4eb	0e00363f-77c3-4630-bef3-3e25134c70c7	1787047200	df28c5908fd5a4456ad70401e511e20d0cae215e3157a08eee520d709a74844a	native
4d61c0ab-ad53-4154-aeeb-70ad650e3e0a	6432abc7-e99a-4aa3-a992-d2b8955e4d41	1787047200	1e127952c6b43af811ecb5e8eadb111b0fc55330abbe168619fc504f7e647c08	native
8aabb10b-9ab2-4973-8170-62f38406ff15	467bd2a4-56aa-4fe1-9c37-d4c550b27a96	1787047200	684308ec528ee825873e30c582a7b309fcb14c20ab0b0e82939f01234862d802	native
0fd9f91a-1d04-4a4f-a570-fd5f94dec683	213fbf5d-24e5-4fc9-86d9-426ba65bf233	1787047200	0fb1707dc53d3157ab21abe765d6d63bff0df6d532b3598bc0c80410f81450e6	disp
f805b48b-1992-4d41-94b3-4fd254d6ef79	91d85bf8-71d4-452b-b17e-70067c0e988e	1787047200	81a5f737ad67ceefbc60e6c1b188806e9f9bf80259227ad0214aa4c0136b5b02	disp
72cd6aa1-8808-4c24-b4d3-862688121fa5	7bfedbdb-ad66-4c2b-9428-a36085e2a778	1787047200	3779fc1747b278e84b5795b7b9cb3faf87a17cf2a61e9cb0a07ccb9bc9430aa7	disp
56765149-586e-4735-8cb6-36044950476b	cbb82acc-160b-40be-8fc6-d4ec5408629b	1787047200	2a00414477168f6874b959ffb46d10b860cf7b55a886e0730ffcd7217c50ca49	disp
261831a7-d6d3-49da-9ba9-6edfa3d949c2	0d1d68a7-0a31-452d-ac11-ed618a9962ae	1787047200	622d041bd7fe3f9b662f3ebeea21a4209d3140d21f7bc92e108a133ab2644718	disp
f97e0ab9-08f9-4f1b-b5f2-f360a95d8a5b	f77a3a71-a168-4180-86df-a8665ef4aaef	1789466400	80dfea133c0e9b4878a8800ed3cb7807bac11b1754abe55a97e8dc7b725d5292	vzstats
1c5d384d-74f1-4ebb-9e95-94a0db97f64b	ebecc7af-16a1-4bab-a4eb-10bb08bd262d	1789466400	80dfea133c0e9b4878a8800ed3cb7807bac11b1754abe55a97e8dc7b725d5292	vzstats
d0cb6ed7-5e25-4ddd-abfe-412c7a532dc5	c3601b2c-18ca-4520-82e2-e5e36455db1f	1789466400	80dfea133c0e9b4878a8800ed3cb7807bac11b1754abe55a97e8dc7b725d5292	vzstats
1df9239a-53bc-42ea-b694-e2ceac91ca81	fbc858d2-2b34-43eb-b041-5e51d8b20d73	1789466400	80dfea133c0e9b4878a8800ed3cb7807bac11b1754abe55a97e8dc7b725d5292	vzstats
07e6dc7d-e1c4-473d-be68-d8d117e724a8	7fa8b641-5c50-419e-8146-282719a7816b	1789466400	80dfea133c0e9b4878a8800ed3cb7807bac11b1754abe55a97e8dc7b725d5292	vzstats
7bef30d5-e423-45df-beb9-63d387d16763	d75985c9-475a-41af-ad58-69bd3fbfb596	1789466400	d3870e3f11cc382f0a2cc22cc723bf283de425a9044d6eed35538cbe2a1f3869	vzstats
135be135-d337-4944-bcfe-b2eb7cfb90c2	715ba171-c0de-4a15-9950-b5024eb295fc	1789466400	d3870e3f11cc382f0a2cc22cc723bf283de425a9044d6eed35538cbe2a1f3869	vzstats
16c66262-359d-4d27-8816-405aae9b9894	1a813460-3468-41f9-b8ea-400721f158f0	1789466400	d3870e3f11cc382f0a2cc22cc723bf283de425a9044d6eed35538cbe2a1f3869	vzstats
2aee2370-7363-4794-90e9-273eab79e91e	213fbf5d-24e5-4fc9-86d9-426ba65bf233	1789466400	8df500ff5a93be71b91805b4357d3f9038cba94322578607abf4deafea9f1acc	disp
58e6b725-ce57-4380-8918-74a72aabef51	91d85bf8-71d4-452b-b17e-70067c0e988e	1789466400	1c53b928cec8ab90e0ec3b6d2bd9a5e599926d3a4a003e886d537ce1cbdb1b9b	disp
c019f128-92b4-4d25-9138-60fef589f1d2	7bfedbdb-ad66-4c2b-9428-a36085e2a778	1789466400	be5330422489221be550244db19eeec100bbdf64436df48563d997b6cc2441e7	disp
63276a39-2451-47f0-a1c8-2c65d15da43c	cbb82acc-160b-40be-8fc6-d4ec5408629b	1789466400	1b6c67b14ed91c0e2407d8d550df4f41bcaa4ab936770ed2532c54cea9f9da2d	disp
0f2baf85-ab27-476a-adf1-0293b513fdab	0d1d68a7-0a31-452d-ac11-ed618a9962ae	1789466400	2dc35032cb4b80235868833f0c8da671d72b8347c3e134799f18f263c127cbd5	disp
36ed942f-26f0-476d-87b2-9fa3e11dbde3	95ff85b8-6158-4d29-b8eb-96f5e62adc3e	1792490400	c7b96dce97e6b263839bfbca0422239a1b4f2f387f2674277ed4dc7c742107d9	native
8f6ba42d-7b82-45ec-a563-065c8ea0b6ba	03f1b2f5-f889-4588-b8df-d423c4a48c86	1792490400	3ae51b5cdf020f6b0f6e91feeb2409862f7957c666c993b637ec912db9d0e568	native
280aa099-c4e5-4b93-9c48-7d890e8a4fa2	10d028b7-2096-4f18-ba9a-ff806979ddf7	1792490400	e1f3c8217aff87d280e68d8f6769bd4ed35d8127dfa83339b0959afe48f28b33	native
3acf34a1-6132-4ae9-bfb7-484996788e9d	a3997855-16f0-4b80-9944-1b6e8941c40a	1792490400	7b2e484a81dc1a0db508ae9356b6f6e216f5faf9f07968a079def282d6eb8483	native
495ba8e9-9383-4a2d-87cc-f27eba92d755	464064af-3816-47c7-ae0c-e7bee87acb41	1792490400	9088ca3a845e7181e5866956555971326e6d1a13ccce2be78d1a49749e69a8ef	native
8997a0b8-fb61-4a4a-abce-41afd9d7d50c	74401e6c-6b8c-4305-a2c7-a8cef1ace04e	1792490400	025df839ab2db68bee85c2c4aec4bc9d48170d1674be35ffb9ae199eaa37f911	native
49144491-115c-4f3e-8694-a9203bfa9da3	35e05ffa-a573-4e0d-b010-7e8d0fa6665e	1792490400	734e5b4a2c6519992c55d17f858c37d7f4ed0095417684f8db43a681dd77c7ce	native
e423aa42-1272-4669-901a-f75294c61019	5d29d753-0e88-4e4b-82fc-ece2fec989a7	1792490400	f55bebd5b5b0f7ed10ff57763eeab6cad300cdca18913f524d13133924906d11	native
29b3e6f6-fc03-43b5-8bb2-d4993a8b330c	31d6d449-e63a-4614-8a66-562a07797427	1792490400	49119e9403137986c8a4e7ae60709636fc567b45d5c9ba687ea035eb8e7365af	native
695fff76-1a4d-4868-a8c1-e4b0de76f216	eb9700cd-bafc-40df-a7b5-0a008312ccb6	1792490400	7089e5869f8f2ebb473edeb81178aa9995549d8a0d3c2d8f4053647b1bd9474f	native
70913bf7-8039-4368-a1c8-0da61451c768	59ce6aa5-70b9-47bc-87f3-762113237531	1792490400	821bce0626d67062f05356a6ba7cb4875975647270f53fd29818adf58ae9a31f	native
e1d250a9-1b67-41bf-b09f-8a1a1beb961e	cd191280-0338-49dc-949b-5d384bcaac84	1792490400	c382e9441b14eae03eef97a7bacd44401ca708fb1f1db2bd2b542eefc61250ae	native
6c363b38-590c-49b9-830a-9910f90918db	0e00363f-77c3-4630-bef3-3e25134c70c7	1792490400	b8bf4c5c31d82617ab292d54a44d11d7c0f40c29db6b929ead92337345773fc9	native
d20f8579-9fb0-4764-a759-b523a73115c8	6432abc7-e99a-4aa3-a992-d2b8955e4d41	1792490400	156456f4c576856a2d2d7bea30bbe47b59a76dd3afc648bec4e4854cdb8b7c97	native
c9f63db8-480d-49d7-81af-c645093d6ac3	467bd2a4-56aa-4fe1-9c37-d4c550b27a96	1792490400	eb9acc94ce63294483a3c8d5a0b6d8aa84f15b34a77cb91b09477ad1ecd1da5c	native
6aab4a04-264d-4e17-81bb-3083048b8daf	6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	1792490400	f3845d93487d9b626af5d04028b4f1f688d82589bb30573daac1d89c47321e7a	disp
9eb33fbd-886a-4c01-8ab1-754871643e64	f28f8424-1f7b-462c-bbd3-e0732b1e6846	1792490400	a5048350c30cd76216e6b532e0ceac9f19cc06ba8c49b3bb6cc0c78238025a93	disp
da61b23e-6878-462c-9978-4a66e564f0fe	85a31e9a-09a7-4423-bcbc-9409884f4223	1792490400	1544c3e8ff2217f03a8bca00303a0d28d219333667b972fd11af0855eec34458	disp
c61d815e-e698-48e9-9973-cdb49487c3c3	f09444ea-c240-4c5b-af7f-9ed0ae16b423	1792490400	247d514103cae876f1dd9d46632c9563a9457d0f72b31690c4c0e69fd8cb2e56	disp
4e7a44dd-2d4d-452d-81ed-c26e3f65f241	a22744bc-a4b4-499a-b378-f4e9f3317332	1792490400	3c9e11693c1ab6b09193a2ce766c2b9f062a1fc865e01c239daf831df2729059	disp
cedc856d-224c-4a7a-84d1-cdd1fb3dab2e	f77a3a71-a168-4180-86df-a8665ef4aaef	1792490400	fa2cda8fa10f5744af92cc21015b70a70a2d08c0e41f7701984f677d1856e7ff	vzstats
5ccf510e-c5bf-405e-b8e1-58276999a4c6	ebecc7af-16a1-4bab-a4eb-10bb08bd262d	1792490400	fa2cda8fa10f5744af92cc21015b70a70a2d08c0e41f7701984f677d1856e7ff	vzstats
1867ecf3-b35c-4b5e-99ff-3acdf03717a4	c3601b2c-18ca-4520-82e2-e5e36455db1f	1792490400	fa2cda8fa10f5744af92cc21015b70a70a2d08c0e41f7701984f677d1856e7ff	vzstats
e860d9a6-3f42-4de4-8289-c1cd1cfeacd2	fbc858d2-2b34-43eb-b041-5e51d8b20d73	1792490400	fa2cda8fa10f5744af92cc21015b70a70a2d08c0e41f7701984f677d1856e7ff	vzstats
59436f21-dad6-408a-84f1-2fb75f558a65	7fa8b641-5c50-419e-8146-282719a7816b	1792490400	fa2cda8fa10f5744af92cc21015b70a70a2d08c0e41f7701984f677d1856e7ff	vzstats
c5a6d49a-f0c8-4afd-99fa-df9f04f1248e	95ff85b8-6158-4d29-b8eb-96f5e62adc3e	1793700000	d02eb3a215290327efd9f9cf9135b02e7ddd790ad9b533253f53c180c79ddd87	native
0328606c-9d6f-41b4-9efe-cab247ddd4c6	03f1b2f5-f889-4588-b8df-d423c4a48c86	1793700000	b1f008d29fe38663e5d54a2a642d10a6423c7979908c25feea0e6b439f32ad83	native
e6020238-a855-4337-a7b7-67da5304fdb5	10d028b7-2096-4f18-ba9a-ff806979ddf7	1793700000	f8e53179211e2cc1d9d81606029798c3499e4e98d79085dc2706d9f4b7aec2af	native
e8bb43ef-a1bc-4836-a7cc-04d6d1fdeab0	a3997855-16f0-4b80-9944-1b6e8941c40a	1793700000	00bd0975817d477b1faea05ed7229cce5e677edfba373b18ca75ae868e8156fc	native
216209da-be5b-4005-b2d0-718e551a1de9	464064af-3816-47c7-ae0c-e7bee87acb41	1793700000	613c5b5b4cc34c25c7f8f15a1b6690ee054bf37c92734e54063ae25f79c0f3c7	native
ea4f2608-7ada-4bb4-a0ad-cc476b8e6739	59ce6aa5-70b9-47bc-87f3-762113237531	1793700000	df289fb3bbf28f87768247706284d9f2a5133f99f5463f1a1024cd8a2b2e39b8	native
712004fa-4492-402e-bc8c-032c654fd3db	cd191280-0338-49dc-949b-5d384bcaac84	1793700000	faf0a6957a58d7b1d9c7cbb277f49e3b91dc775b259c6ddc4cf3036160231a66	native
9bb050fa-23f4-4c1c-8297-3901b2705cec	0e00363f-77c3-4630-bef3-3e25134c70c7	1793700000	6b319cd3b6974001873e4c87c8b77f8c55211528753a814a3e6f260a6abc6206	native
2e49e466-e7e0-450b-9c8f-1c9f2025c8c0	6432abc7-e99a-4aa3-a992-d2b8955e4d41	1793700000	f927834e9b6b09e02ddcabb92a32f603a242b0392fd068f2c7763e73c6c3458a	native
79b13ce6-04a0-4254-ac49-16fe1daa964d	467bd2a4-56aa-4fe1-9c37-d4c550b27a96	1793700000	6b261dafcfd55eb4b0cb9a3f2c234ea852432a59ccbb5d90e0f5c7ce9dec5d8c	native
25424a7b-9ee4-4c6e-80af-57f653dd08d9	a67d5df8-aa77-4c4c-a04a-d9998f54394b	1794477600	6a04ec30d61cc26e503ba790a42f2f0664dbb1fed1dc224b7c37e63353678ce8	vzstats
af6e5b64-cf05-4f8d-bfa4-0e238dbf0449	8a0c9444-15a3-48f7-a5da-10df6c3497cf	1794477600	dde26248c3394fb40230443dee3cae5c39eff283c991bdf2b6098a60b450ba32	vzstats
3464651a-db37-4261-8b2f-d06e524b2fe7	5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	1794477600	6385aa78d420e4e9d6d5b5e324fd5c5239794170c815939e4ac5adf0aa697833	vzstats
a208c581-2b80-48f3-8c27-ee6e77827126	6d5949ca-4785-4b2c-b863-d9df8c283331	1794477600	c42ffa6e4b3e354318bbccbc237608fe627a0ff7d088ff1e5844b2025a1731ab	vzstats
adc58f82-4fe9-497f-b0d3-e7889fe4ad29	b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	1794477600	1f8439e7af50d8d4c04e511cc95e0be02a493a08fd886991537ff4f8d3e67e27	vzstats
b74cea17-dfa5-44ba-9925-818e0bffa7c1	95ff85b8-6158-4d29-b8eb-96f5e62adc3e	1794909600	5076315106c9cadb0559efe3f572e8fe464e25e79bc72fe8d639f6314d75c763	native
80258ad9-4ab2-4126-8b85-e63711808e21	03f1b2f5-f889-4588-b8df-d423c4a48c86	1794909600	f4fe101f3080cb3c146095659ad6b32232873ec2b759472cc9eb738873c1bad0	native
ee9953f3-ba40-461f-9609-3b894a26e152	10d028b7-2096-4f18-ba9a-ff806979ddf7	1794909600	70cfb74d5bfc4bf4fbaa60d692cf691ba8694185c1320811943ce0d1d02d2b16	native
e5eb3385-28d4-4af3-9651-198dc99079a7	a3997855-16f0-4b80-9944-1b6e8941c40a	1794909600	0c7c513d136cec73bea7e991f2af3cfd43b50da5bdb6b572e9bcb4049f60696d	native
8734fc48-b21f-4db3-bebf-53c4f1471983	464064af-3816-47c7-ae0c-e7bee87acb41	1794909600	d718f6b82ce9f3ab27d9012f91da8e3053181101d404d981b23d0d51c9bd4bc5	native
c948b983-cb71-46b9-90fd-2a42c153978d	74401e6c-6b8c-4305-a2c7-a8cef1ace04e	1794909600	40f15839498389ce38be88460c1d2c008f41186f06a03b8cdf9c04a6536b7eb3	native
8c9f4d08-733b-4144-bf11-a29f1df524af	35e05ffa-a573-4e0d-b010-7e8d0fa6665e	1794909600	f454f554ac68fb6a16ed43b6d25a1fa30edf6b9114737faf8cdcd76dd5ee2d8a	native
47567167-f0ad-4450-a54e-aef2ac15d85f	5d29d753-0e88-4e4b-82fc-ece2fec989a7	1794909600	16a21efc4ff25620ef5d6b05b527fe0240be0d172289738ca9d514ced446f6c0	native
57f5c968-ce53-4c71-8388-9d733336dd4f	31d6d449-e63a-4614-8a66-562a07797427	1794909600	8a7ab80de86e24db8a26076415becd70eab8ae29df937d86a31be31b220f0808	native
35de20cb-4313-42d9-8bc4-e0d0d9372d4b	eb9700cd-bafc-40df-a7b5-0a008312ccb6	1794909600	4a6f496badca6ff0a5f54cce604c9eea302b963a35619e13562ef54983110423	native
8e16f73f-538f-4761-b258-376838820d30	6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	1794909600	215e18eacfe1859cdd196cf3a8f3eb9428f02bab6d5aff0c63b3d5e951cb2379	disp
05971051-5ffb-4b5b-a154-377641b93812	f28f8424-1f7b-462c-bbd3-e0732b1e6846	1794909600	bf437ba4ab55c3240d54a1744f7bcea0d7642fed7e704f7f95edcd6f28239b24	disp
a2ace083-67b4-4752-b658-ee6280b1cd0e	85a31e9a-09a7-4423-bcbc-9409884f4223	1794909600	276c7ab64e391b331c46e447e87a094daeef1c530d3438ef09256153d994e6c1	disp
d9d057fe-9105-4b17-b0f9-f87fd996c4ae	f09444ea-c240-4c5b-af7f-9ed0ae16b423	1794909600	29434a5731c77d642530a3f03ea9574a3eca9c66a2013f536e1dc24cb64f08ab	disp
0ca0a75b-edf4-4ff5-a1dc-54128d811821	a22744bc-a4b4-499a-b378-f4e9f3317332	1794909600	b346d266818a5f92b0664e4c9c66fa1f9907e5461e521555355a6413a26fa9c3	disp
c097f2f1-d70f-4dea-8285-feb9be957a26	f77a3a71-a168-4180-86df-a8665ef4aaef	1794909600	e8e86f24bf9d7e7aab13b367c692b102f29bdcc19262a863af390195b4771f2e	vzstats
c4d4fc28-49b7-45c7-aff7-46289ed6532a	ebecc7af-16a1-4bab-a4eb-10bb08bd262d	1794909600	e8e86f24bf9d7e7aab13b367c692b102f29bdcc19262a863af390195b4771f2e	vzstats
bbc805b8-7748-4ca6-bd26-db15f1751489	ebecc7af-16a1-4bab-a4eb-10bb08bd262d	1794909600	7d1c6a0b94a92ea38c2d344a4c6a3dd633a793d7cacc5472ca87dc19da5e6f18	vzstats
07c8c36b-0783-4e1d-b34b-eacd511bdaa4	c3601b2c-18ca-4520-82e2-e5e36455db1f	1794909600	e8e86f24bf9d7e7aab13b367c692b102f29bdcc19262a863af390195b4771f2e	vzstats
1d8c2f6c-f987-480a-aa77-c81496bb7434	fbc858d2-2b34-43eb-b041-5e51d8b20d73	1794909600	e8e86f24bf9d7e7aab13b367c692b102f29bdcc19262a863af390195b4771f2e	vzstats
37f51735-900b-482e-9296-d0cb949a58de	7fa8b641-5c50-419e-8146-282719a7816b	1794909600	e8e86f24bf9d7e7aab13b367c692b102f29bdcc19262a863af390195b4771f2e	vzstats
44a4ce32-b93a-4fe0-996d-5fa53cdee6cf	d75985c9-475a-41af-ad58-69bd3fbfb596	1794909600	2cff43b94de9c94c62a22e9ead965c0b44ee55e5c2fad34c8c68654b4e41ffc3	vzstats
0d2f1f54-016b-412c-b889-4c9bfeab5628	715ba171-c0de-4a15-9950-b5024eb295fc	1794909600	2cff43b94de9c94c62a22e9ead965c0b44ee55e5c2fad34c8c68654b4e41ffc3	vzstats
120b5dc2-3294-4abd-bfe0-a42ef3bf329b	1a813460-3468-41f9-b8ea-400721f158f0	1794909600	2cff43b94de9c94c62a22e9ead965c0b44ee55e5c2fad34c8c68654b4e41ffc3	vzstats
6def5af1-cccf-401f-b0da-1098f29577bb	74401e6c-6b8c-4305-a2c7-a8cef1ace04e	1795082400	293b1ee831967c1033ef1f860ee8c8fd0dd0781133bf1771e1e8db42b85039b2	native
6d8544a9-07bc-45f9-b7fd-0adba2601bbf	35e05ffa-a573-4e0d-b010-7e8d0fa6665e	1795082400	960c3484709a7421fe7a48affd48533bdc87208ba0ca84562de6fbaad9811578	native
3fe491cc-7d4e-40b3-9bdc-9b6e8b33e63d	5d29d753-0e88-4e4b-82fc-ece2fec989a7	1795082400	205924f6a507da4bc17563df1909b104e579593d43f056a18c6a8eb127714ef5	native
05a839da-8084-4bbe-8d7c-ff9ce14ead6d	31d6d449-e63a-4614-8a66-562a07797427	1795082400	386133e5ddd2e05a10122c3be24ca32de0f4bb7fcea68e1774bfa49b1ef6900c	native
64cd7821-4fa1-4adc-9c40-c9ae715e6fd2	eb9700cd-bafc-40df-a7b5-0a008312ccb6	1795082400	b074618f24adaf6fb451fa9d1c2afb65730114741554d55b3788db25a743a154	native
3d3896d9-bb96-4d54-bcd9-7cc7a85f30a0	f77a3a71-a168-4180-86df-a8665ef4aaef	1795082400	8ffedcff121ed76a26e03bae80098e0a743d0fee81fc642af713c0750c2f21c5	vzstats
40382ebb-2562-452d-8e8d-10babf7252b6	ebecc7af-16a1-4bab-a4eb-10bb08bd262d	1795082400	8ffedcff121ed76a26e03bae80098e0a743d0fee81fc642af713c0750c2f21c5	vzstats
204c82c1-e086-4e7e-aae9-2cd5cdfbc2b2	c3601b2c-18ca-4520-82e2-e5e36455db1f	1795082400	8ffedcff121ed76a26e03bae80098e0a743d0fee81fc642af713c0750c2f21c5	vzstats
1067506a-ff39-4c6c-b2c6-cd595ea4144b	fbc858d2-2b34-43eb-b041-5e51d8b20d73	1795082400	8ffedcff121ed76a26e03bae80098e0a743d0fee81fc642af713c0750c2f21c5	vzstats
57cab1e8-c75a-4760-ae1c-96a3ce87158d	7fa8b641-5c50-419e-8146-282719a7816b	1795082400	8ffedcff121ed76a26e03bae80098e0a743d0fee81fc642af713c0750c2f21c5	vzstats
29c5125f-6c72-4890-aa6c-5365cafbd0a5	95ff85b8-6158-4d29-b8eb-96f5e62adc3e	1795514400	f84623261d86d5e3c85bae2bd35052ca7f08eab22fa0e34959b1667970a6298a	native
c0198a62-e1ae-4b47-89b1-df8e56e25042	03f1b2f5-f889-4588-b8df-d423c4a48c86	1795514400	888929af184d669dabf77f532db815901f21658d9dd25b229785f7145db0b52f	native
13c6daed-2e5c-4e0d-96b2-c7be436bdca6	10d028b7-2096-4f18-ba9a-ff806979ddf7	1795514400	1c957a57b20a5021efecbeac928e04fb2d3835e730bcbcc3686e0ef85ef6d59d	native
d492e125-6074-4f24-b934-320c5fa78f68	a3997855-16f0-4b80-9944-1b6e8941c40a	1795514400	3523cb612dc020caeeeeb837b43e53f23641540adee3055abe97a3e563e9c506	native
a07ef07c-c165-4b2b-a306-04d94d7c9b48	464064af-3816-47c7-ae0c-e7bee87acb41	1795514400	c82e69b02e18f4ef94a0a0df09566de6a7234be998a4cc17ed15f0879c158d0e	native
2ca62b41-c8e1-4fb4-a645-17ea5e0cdc0b	74401e6c-6b8c-4305-a2c7-a8cef1ace04e	1795514400	b12ba981d667eb8ecb8c944fed290f558b3c5f4b3bda6bea6b2dd147dd46d8cc	native
cd488505-a520-4736-907c-3af89fbfa1bf	35e05ffa-a573-4e0d-b010-7e8d0fa6665e	1795514400	29266a4ed40f681f0ef3ac02876754f502651e5993dc76d8a2d7ab0bf4372e6e	native
451ea772-ed09-42aa-839a-431995be7fc7	5d29d753-0e88-4e4b-82fc-ece2fec989a7	1795514400	20b46406f4d4be48eb0116f24875f906711b3477c2a8471a76e395f374807a24	native
2c4ea2d3-a153-491d-8aad-3276d73e1c17	31d6d449-e63a-4614-8a66-562a07797427	1795514400	17bb7a183ee7734c8f4b86d8b2f03e9ebc495b66b812b9e5b6aaee508bcd04fa	native
97572155-baa9-4a1d-917a-e536437ad9fc	eb9700cd-bafc-40df-a7b5-0a008312ccb6	1795514400	622ba638c5b397e3d6f1d6f12298fe07648a7d2de04b826cadf0864da06b7d2b	native
7177fdc4-5370-400d-9810-47e6646bcb1c	6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	1795514400	a3376fd47b75f55a1a4d4db5d95c0fd74ae59e23d93807beeb1b7c5f790eaab0	disp
b810ed32-cac3-4826-b1e1-d139697a6ead	f28f8424-1f7b-462c-bbd3-e0732b1e6846	1795514400	fe6254023c186c4bbd85ef53dec38a364f4fce6abd4310afa2a5437463ae8ff2	disp
94e1fdc8-03d6-4a1d-9009-c788c6bd0024	85a31e9a-09a7-4423-bcbc-9409884f4223	1795514400	8b69ed273d41372ce241a14ad231b7e07b2e36987309b1e28c2b1db4ba859c6f	disp
d566daf7-dcc1-4343-8f23-588634501627	f09444ea-c240-4c5b-af7f-9ed0ae16b423	1795514400	b3dd9f34103647a6fdb7b12dcf9171a0e31e1a50c22d8505b0dc3df68d1aec43	disp
3373e6eb-9087-46a3-8d47-1d2bc0188d1f	a22744bc-a4b4-499a-b378-f4e9f3317332	1795514400	2c77c55b57c138414fe5c318ba98b852033fcafd6517bb2678e7491d12ece6cd	disp
6e7395c7-ae77-4cdc-91d8-17f210acb64a	a67d5df8-aa77-4c4c-a04a-d9998f54394b	1795514400	22cdc41ba865922e4ea15b5d53ba1bef0835c5ca32d1752be677573cfc8c1bbf	vzstats
fefe91d6-c7ce-4a8f-be26-9092934aec35	8a0c9444-15a3-48f7-a5da-10df6c3497cf	1795514400	a43b059b23c49ec2683517c3cff123c890458b905abb7ae230e918dca9b0108e	vzstats
0493349d-fa70-4bbe-b235-70b30f39c2c9	5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	1795514400	6755b4a59e56d3e30b4a32033360a8ce96c93f152b265f80a7dce98f413a6b67	vzstats
9d4714ff-3edc-4be2-8b3c-47edf1c473ac	6d5949ca-4785-4b2c-b863-d9df8c283331	1795514400	6ec863b01b850dc9e787bd468c3cba858f0316b80225124fd5846abc63c15e8d	vzstats
d715021a-f788-4daf-987d-4fd384bb1030	b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	1795514400	852e1c11ec33b58f1fc458d95d725558b44376be83358df702d7c47b46009245	vzstats
acaf4a27-4938-414b-a8da-9c9830136f4e	f77a3a71-a168-4180-86df-a8665ef4aaef	1795514400	5fc237ee7270d9d8aaa8aa380ca06a1dc4b4e4ab16945717e15532d0c19937c5	vzstats
5c0bb7e6-3307-46d5-9942-f90a6c3ccdd6	ebecc7af-16a1-4bab-a4eb-10bb08bd262d	1795514400	5fc237ee7270d9d8aaa8aa380ca06a1dc4b4e4ab16945717e15532d0c19937c5	vzstats
d4a99d0e-3b97-45f5-88e0-6033181a0d56	c3601b2c-18ca-4520-82e2-e5e36455db1f	1795514400	5fc237ee7270d9d8aaa8aa380ca06a1dc4b4e4ab16945717e15532d0c19937c5	vzstats
20444a32-7553-4d31-b78f-a242cc4103eb	fbc858d2-2b34-43eb-b041-5e51d8b20d73	1795514400	5fc237ee7270d9d8aaa8aa380ca06a1dc4b4e4ab16945717e15532d0c19937c5	vzstats
2f130e99-f726-4626-b9a2-e39044972035	7fa8b641-5c50-419e-8146-282719a7816b	1795514400	5fc237ee7270d9d8aaa8aa380ca06a1dc4b4e4ab16945717e15532d0c19937c5	vzstats
\.


--
-- Data for Name: week_active; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.week_active (week, hosts) FROM stdin;
2952	25
2955	10
2959	13
2964	25
2966	10
2967	5
2968	23
2969	25
\.


--
-- Name: archives archives_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.archives
    ADD CONSTRAINT archives_pkey PRIMARY KEY (report_id);


--
-- Name: counters counters_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.counters
    ADD CONSTRAINT counters_pkey PRIMARY KEY (name);


--
-- Name: dist_day dist_day_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dist_day
    ADD CONSTRAINT dist_day_pkey PRIMARY KEY (dist, key, day);


--
-- Name: facts facts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.facts
    ADD CONSTRAINT facts_pkey PRIMARY KEY (host_id, collector);


--
-- Name: host_day host_day_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.host_day
    ADD CONSTRAINT host_day_pkey PRIMARY KEY (day);


--
-- Name: host_keys host_keys_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.host_keys
    ADD CONSTRAINT host_keys_pkey PRIMARY KEY (host_id, dist, key);


--
-- Name: hosts hosts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hosts
    ADD CONSTRAINT hosts_pkey PRIMARY KEY (host_id);


--
-- Name: reports reports_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reports
    ADD CONSTRAINT reports_pkey PRIMARY KEY (report_id);


--
-- Name: week_active week_active_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.week_active
    ADD CONSTRAINT week_active_pkey PRIMARY KEY (week);


--
-- Name: archives_received; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX archives_received ON public.archives USING btree (received_at);


--
-- Name: dist_day_day; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX dist_day_day ON public.dist_day USING btree (day);


--
-- PostgreSQL database dump complete
--

\unrestrict qE4Pd5Bcbb5ALhS1bHXqnc9ALqfxLeYZPMHzXoHCeAvi194l8iBxmYOCeEoDawT

